// A run's backtest summary (ForecastRun.summary): WAPE and bias of the chosen methods against
// seasonal naive, pooled over series by volume, overall and per demand class, and how often each
// method won. Pure, so the bench and the run report the same figures.
import { pooled, type ForecastMethod, type SeriesForecast } from "@/lib/forecast";
import { addWeeks } from "@/lib/iso-week";

export type Score = { series: number; wape: number; bias: number; seasonalNaiveWape: number; seasonalNaiveBias: number };
export type RunSummary = Score & {
  byClass: { smooth: Score; intermittent: Score };
  /** Series where each method was chosen. */
  methods: Partial<Record<ForecastMethod, number>>;
  /** Each candidate's pooled WAPE over the series it was tried on. */
  candidates: Partial<Record<ForecastMethod, { series: number; wape: number; bias: number }>>;
  /** One week ahead in the backtest, per week up to asOfWeek, all series summed. */
  weekly: BacktestWeek[];
};

/** Sums over series of one backtest week: WAPE = absError / actual, bias = error / actual. */
export type BacktestWeek = { isoWeek: string; actual: number; absError: number; error: number; naiveAbsError: number; naiveError: number };

/** Per week, the one-week-ahead errors of the chosen methods and of seasonal naive, summed over series. */
export function backtestWeeks(list: readonly SeriesForecast[], asOfWeek: string): BacktestWeek[] {
  const weeks = new Map<number, BacktestWeek>();
  for (const s of list) {
    const { actual, chosen, seasonalNaive } = s.oneStep;
    actual.forEach((a, i) => {
      // The last entry is asOfWeek itself; shorter series line up at the end.
      const back = actual.length - 1 - i;
      const w = weeks.get(back) ?? { isoWeek: addWeeks(asOfWeek, -back), actual: 0, absError: 0, error: 0, naiveAbsError: 0, naiveError: 0 };
      w.actual += a;
      w.absError += Math.abs(chosen[i]! - a);
      w.error += chosen[i]! - a;
      w.naiveAbsError += Math.abs(seasonalNaive[i]! - a);
      w.naiveError += seasonalNaive[i]! - a;
      weeks.set(back, w);
    });
  }
  return [...weeks.entries()].sort(([a], [b]) => b - a).map(([, w]) => w);
}

function score(list: readonly SeriesForecast[]): Score {
  const chosen = pooled(list.map((s) => ({ wape: s.wape, bias: s.bias, volume: s.backtestVolume })));
  const naive = pooled(list.flatMap((s) => (s.candidates.SEASONAL_NAIVE ? [s.candidates.SEASONAL_NAIVE] : [])));
  return { series: list.length, wape: chosen.wape, bias: chosen.bias, seasonalNaiveWape: naive.wape, seasonalNaiveBias: naive.bias };
}

/** Summary of a run's series forecasts. */
export function summarise(list: readonly SeriesForecast[], asOfWeek: string): RunSummary {
  const methods: RunSummary["methods"] = {};
  const tried = new Map<ForecastMethod, { wape: number; bias: number; volume: number }[]>();
  for (const s of list) {
    methods[s.method] = (methods[s.method] ?? 0) + 1;
    for (const [m, c] of Object.entries(s.candidates) as [ForecastMethod, { wape: number; bias: number; volume: number }][]) {
      if (!tried.has(m)) tried.set(m, []);
      tried.get(m)!.push(c);
    }
  }
  const candidates = Object.fromEntries([...tried].map(([m, cs]) => {
    const p = pooled(cs);
    return [m, { series: cs.length, wape: p.wape, bias: p.bias }];
  }));
  return {
    ...score(list),
    byClass: { smooth: score(list.filter((s) => !s.intermittent)), intermittent: score(list.filter((s) => s.intermittent)) },
    methods,
    candidates,
    weekly: backtestWeeks(list, asOfWeek),
  };
}
