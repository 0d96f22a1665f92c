export * from "./data-table";
export * from "./data-table-filters";
export * from "./data-table-header-cell";
export * from "./data-table-pagination";
export * from "./state";
export * from "./use-url-table-state";
