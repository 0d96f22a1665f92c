// Public API of the address book.
export { addAddress, deleteAddress, listAddresses, setDefaultAddress, updateAddress, type AddressRow } from "./service";
export { dutchPostcode } from "./schema";
