// Names of the forecasting methods (a plain module: server pages and client tables both read it).
export const METHOD_LABELS: Record<string, string> = { SEASONAL_NAIVE: "Seasonal naive", HOLT_WINTERS: "Holt-Winters", CROSTON: "Croston", TSB: "TSB" };
