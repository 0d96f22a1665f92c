// Error measures of a backtest, summed over every (origin, horizon) pair: WAPE = sum|f - a| / sum a
// and bias = sum(f - a) / sum a. Both are relative to total demand, so they compare across series
// of different volume and stay defined for intermittent series (unlike MAPE).

/** Weighted absolute percentage error; 0 when both sums are 0, 1 when forecasting demand that never came. */
export function wape(actual: readonly number[], forecast: readonly number[]): number {
  let err = 0;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    err += Math.abs(forecast[i]! - actual[i]!);
    total += actual[i]!;
  }
  if (total > 0) return err / total;
  return err > 0 ? 1 : 0;
}

/** Signed relative error: positive when the forecast ran above demand. */
export function bias(actual: readonly number[], forecast: readonly number[]): number {
  let diff = 0;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    diff += forecast[i]! - actual[i]!;
    total += actual[i]!;
  }
  if (total > 0) return diff / total;
  return diff > 0 ? 1 : diff < 0 ? -1 : 0;
}

/** The q-quantile (0..1) of `values` by linear interpolation between order statistics (R type 7). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const mean = (values: readonly number[]) => (values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length);

/** WAPE and bias pooled over series, each weighted by the actual volume it was scored on (= WAPE of all pairs together). */
export function pooled(items: readonly { wape: number; bias: number; volume: number }[]): { wape: number; bias: number; volume: number } {
  const volume = items.reduce((s, i) => s + i.volume, 0);
  if (volume <= 0) return { wape: 0, bias: 0, volume: 0 };
  return {
    wape: items.reduce((s, i) => s + i.wape * i.volume, 0) / volume,
    bias: items.reduce((s, i) => s + i.bias * i.volume, 0) / volume,
    volume,
  };
}
