// addresses: the consumer's address book (account:own).
import { permittedProcedure, router, serviceCtx } from "../../trpc";
import { ZAddressInput, ZAddressRef, ZAddressUpdate } from "./schema";
import { addAddress, deleteAddress, listAddresses, setDefaultAddress, updateAddress } from "./service";

const own = permittedProcedure("account:own");

export const addressesRouter = router({
  list: own.query(({ ctx }) => listAddresses(serviceCtx(ctx))),
  add: own.input(ZAddressInput).mutation(({ ctx, input }) => addAddress(serviceCtx(ctx), input)),
  update: own.input(ZAddressUpdate).mutation(({ ctx, input }) => updateAddress(serviceCtx(ctx), input)),
  setDefault: own.input(ZAddressRef).mutation(({ ctx, input }) => setDefaultAddress(serviceCtx(ctx), input)),
  remove: own.input(ZAddressRef).mutation(({ ctx, input }) => deleteAddress(serviceCtx(ctx), input)),
});
