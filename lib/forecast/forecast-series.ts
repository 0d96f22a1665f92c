// One series end to end: classify it, backtest the candidate methods, keep the one with the lowest
// WAPE (earlier candidates win ties, so the simple baseline wins when nothing beats it), refit it on
// the whole history and forecast H weeks with p10/p50/p90 bands and a confidence per week.
import { backtest, BACKTEST_DEFAULTS, type BacktestOptions, type BacktestResult } from "./backtest";
import { holtWintersMethod } from "./holt-winters";
import { classify, crostonMethod, tsbMethod } from "./intermittent";
import { bandOf, confidenceOf, fallbackBand, residualQuantiles, type Band } from "./intervals";
import { seasonalNaiveMethod } from "./seasonal-naive";
import type { ForecastMethod, Method } from "./types";

export type CandidateScore = { wape: number; bias: number; volume: number };

export type ForecastPoint = Band & { horizon: number; confidence: number };

export type SeriesForecast = {
  method: ForecastMethod;
  intermittent: boolean;
  zeroShare: number;
  /** Backtest WAPE and bias of the chosen method; WAPE 1 and bias 0 when there was nothing to backtest. */
  wape: number;
  bias: number;
  seasonalNaiveWape: number;
  seasonalNaiveBias: number;
  candidates: Partial<Record<ForecastMethod, CandidateScore>>;
  historyWeeks: number;
  /** Actual units the backtest scored against (0 without a backtest): weights WAPE when pooling series. */
  backtestVolume: number;
  points: ForecastPoint[];
  /** One-week-ahead backtest of the chosen method and of seasonal naive over the last weeks (oldest first; empty without a backtest). */
  oneStep: { actual: number[]; chosen: number[]; seasonalNaive: number[] };
  /** Mean confidence over the horizon. */
  confidence: number;
};

/** Candidates by class: smoothing for regular demand, Croston/TSB for intermittent; seasonal naive always (the baseline). */
export function candidatesFor(intermittent: boolean): Method[] {
  return intermittent ? [seasonalNaiveMethod, crostonMethod, tsbMethod] : [seasonalNaiveMethod, holtWintersMethod];
}

/** Backtests, chooses and forecasts one weekly series (oldest first). */
export function forecastSeries(y: readonly number[], opts: BacktestOptions = BACKTEST_DEFAULTS): SeriesForecast {
  const cls = classify(y);
  const methods = candidatesFor(cls.intermittent);
  const scored = methods.map((m) => ({ m, r: backtest(y, m, opts) }));
  let chosen = scored[0]!;
  for (const s of scored) if (s.r && chosen.r && s.r.wape < chosen.r.wape - 1e-12) chosen = s;
  // Nothing to backtest (a new series): the baseline for its class, seasonal naive or Croston.
  if (!chosen.r) chosen = scored[cls.intermittent ? 1 : 0]!;
  const point = chosen.m.fit(y)(y, opts.horizon);
  const points = pointsOf(point, chosen.r, y.length);
  const naive = scored[0]!.r;
  return {
    method: chosen.m.name,
    intermittent: cls.intermittent,
    zeroShare: cls.zeroShare,
    wape: chosen.r?.wape ?? 1,
    bias: chosen.r?.bias ?? 0,
    seasonalNaiveWape: naive?.wape ?? 1,
    seasonalNaiveBias: naive?.bias ?? 0,
    candidates: Object.fromEntries(scored.flatMap((s) => (s.r ? [[s.m.name, { wape: s.r.wape, bias: s.r.bias, volume: s.r.volume }]] : []))),
    historyWeeks: y.length,
    backtestVolume: chosen.r?.volume ?? 0,
    points,
    oneStep: { actual: chosen.r?.oneStep.actual ?? [], chosen: chosen.r?.oneStep.forecast ?? [], seasonalNaive: naive?.oneStep.forecast ?? [] },
    confidence: points.reduce((sum, p) => sum + p.confidence, 0) / Math.max(1, points.length),
  };
}

function pointsOf(point: readonly number[], r: BacktestResult | null, historyWeeks: number): ForecastPoint[] {
  const q = r ? residualQuantiles(r.residuals) : [];
  return point.map((f, i) => {
    // Beyond the horizons the backtest reached, the last band seen is the best guess.
    const qh = q.slice(0, i + 1).reverse().find((x) => x !== null);
    const band = qh ? bandOf(f, qh) : fallbackBand(f, i + 1);
    return { horizon: i + 1, ...band, confidence: confidenceOf(band, r?.wape ?? 1, historyWeeks) };
  });
}
