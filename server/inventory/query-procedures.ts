// Read-side procedures of inventory (balances, lots, movements, adjustments, transfers, alerts),
// spread into inventoryRouter. Kept apart from the commands in router.ts.
export const inventoryQueryProcedures = {};
