// Every order status (the generated enum object), for exhaustive tests.
import { OrderStatus } from "@/generated/prisma/enums";

export const ORDER_STATUSES = Object.values(OrderStatus) as OrderStatus[];
