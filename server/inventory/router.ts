// inventory: stock commands (receive, reserve, adjust, transfer...) plus the read-side procedures.
import { router } from "../trpc";
import { inventoryQueryProcedures } from "./query-procedures";

export const inventoryRouter = router({
  ...inventoryQueryProcedures,
});
