-- Demand pools follow the orders. orderedUnits (STOREFRONT and IMPORT), subscribedUnits (SUBSCRIPTION)
-- and b2bUnits (B2B) of every (hub, week, SKU, zone) are kept by statement triggers on "OrderLine" and
-- "Order", in the writer transaction, so every write path (checkout, edits, renewals, cancellations,
-- imports, raw SQL) is counted exactly once. Each trigger turns its transition tables into signed
-- deltas per pool with one GROUP BY and adds them: pool = sum of the lines of its non-cancelled orders.
-- No schema change: prisma/schema.prisma describes the tables these functions write.

-- Adds signed deltas to pools (arrays in pool key order), creating the missing ones. Existing pools
-- are locked in key order first, so two writers touching the same pools queue instead of deadlocking.
-- The CHECK on the pool columns also holds for an INSERT proposal, so decrements go through UPDATE
-- and only the keys the UPDATE did not find are inserted (ON CONFLICT covers a pool created
-- concurrently). A pool born into a zone-week that has already closed is born closed.
CREATE FUNCTION furrow_pool_add(hubs text[], weeks text[], skus text[], zones text[], ordered int[], subscribed int[], b2b int[]) RETURNS void AS $$
DECLARE
  found_keys bigint[];
  born text[];
BEGIN
  IF hubs IS NULL OR cardinality(hubs) = 0 THEN
    RETURN;
  END IF;
  IF cardinality(hubs) > 1 THEN
    PERFORM 1 FROM "DemandPool" p
    JOIN unnest(hubs, weeks, skus, zones) AS d(hub, week, sku, zone)
      ON p."hubId" = d.hub AND p."isoWeek" = d.week AND p."skuId" = d.sku AND p."zoneId" = d.zone
    ORDER BY p."hubId", p."isoWeek", p."skuId", p."zoneId"
    FOR UPDATE OF p;
  END IF;
  WITH updated AS (
    UPDATE "DemandPool" p SET
      "orderedUnits" = p."orderedUnits" + d.ordered,
      "subscribedUnits" = p."subscribedUnits" + d.subscribed,
      "b2bUnits" = p."b2bUnits" + d.b2b,
      "updatedAt" = now()
    FROM unnest(hubs, weeks, skus, zones, ordered, subscribed, b2b) WITH ORDINALITY AS d(hub, week, sku, zone, ordered, subscribed, b2b, i)
    WHERE p."hubId" = d.hub AND p."isoWeek" = d.week AND p."skuId" = d.sku AND p."zoneId" = d.zone
    RETURNING d.i
  )
  SELECT array_agg(i) INTO found_keys FROM updated;
  IF coalesce(cardinality(found_keys), 0) = cardinality(hubs) THEN
    RETURN;
  END IF;
  WITH inserted AS (
    INSERT INTO "DemandPool" AS p ("id", "hubId", "isoWeek", "skuId", "zoneId", "orderedUnits", "subscribedUnits", "b2bUnits", "status", "updatedAt")
    SELECT gen_random_uuid()::text, d.hub, d.week, d.sku, d.zone, d.ordered, d.subscribed, d.b2b, 'OPEN', now()
    FROM unnest(hubs, weeks, skus, zones, ordered, subscribed, b2b) WITH ORDINALITY AS d(hub, week, sku, zone, ordered, subscribed, b2b, i)
    WHERE NOT (d.i = ANY (coalesce(found_keys, '{}')))
    ORDER BY d.hub, d.week, d.sku, d.zone
    ON CONFLICT ("hubId", "isoWeek", "skuId", "zoneId") DO UPDATE SET
      "orderedUnits" = p."orderedUnits" + EXCLUDED."orderedUnits",
      "subscribedUnits" = p."subscribedUnits" + EXCLUDED."subscribedUnits",
      "b2bUnits" = p."b2bUnits" + EXCLUDED."b2bUnits",
      "updatedAt" = EXCLUDED."updatedAt"
    RETURNING p."id", (p.xmax = 0) AS fresh
  )
  SELECT array_agg("id") INTO born FROM inserted WHERE fresh;
  IF born IS NOT NULL THEN
    UPDATE "DemandPool" p SET "status" = 'CLOSED', "closedAt" = now()
    WHERE p."id" = ANY (born) AND EXISTS (
      SELECT 1 FROM "DemandPool" x
      WHERE x."hubId" = p."hubId" AND x."isoWeek" = p."isoWeek" AND x."zoneId" = p."zoneId" AND x."status" = 'CLOSED'
    );
  END IF;
END
$$ LANGUAGE plpgsql;

-- Line deltas (order id, SKU, signed quantity) priced into pool deltas through their orders as they
-- are now. Lines of cancelled orders count zero.
CREATE FUNCTION furrow_pool_add_lines(order_ids text[], sku_ids text[], quantities int[]) RETURNS void AS $$
  SELECT furrow_pool_add(
    array_agg(d.hub ORDER BY d.hub, d.week, d.sku, d.zone), array_agg(d.week ORDER BY d.hub, d.week, d.sku, d.zone),
    array_agg(d.sku ORDER BY d.hub, d.week, d.sku, d.zone), array_agg(d.zone ORDER BY d.hub, d.week, d.sku, d.zone),
    array_agg(d.ordered ORDER BY d.hub, d.week, d.sku, d.zone), array_agg(d.subscribed ORDER BY d.hub, d.week, d.sku, d.zone),
    array_agg(d.b2b ORDER BY d.hub, d.week, d.sku, d.zone))
  FROM (
    SELECT o."hubId" AS hub, o."isoWeek" AS week, l.sku, o."zoneId" AS zone,
      coalesce(sum(l.q) FILTER (WHERE o."channel" IN ('STOREFRONT', 'IMPORT')), 0)::int AS ordered,
      coalesce(sum(l.q) FILTER (WHERE o."channel" = 'SUBSCRIPTION'), 0)::int AS subscribed,
      coalesce(sum(l.q) FILTER (WHERE o."channel" = 'B2B'), 0)::int AS b2b
    FROM unnest(order_ids, sku_ids, quantities) AS l(order_id, sku, q)
    JOIN "Order" o ON o."id" = l.order_id
    WHERE o."status" <> 'CANCELLED'
    GROUP BY o."hubId", o."isoWeek", l.sku, o."zoneId"
  ) d
  WHERE d.ordered <> 0 OR d.subscribed <> 0 OR d.b2b <> 0
$$ LANGUAGE sql;

-- Inserted lines add, deleted lines subtract, updated lines add the new and subtract the old version.
-- An update that leaves order, SKU and quantity alone (reservations, picking) nets out before any
-- pool is read.
CREATE FUNCTION furrow_pool_lines_changed() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM furrow_pool_add_lines(array_agg("orderId"), array_agg("skuId"), array_agg("quantity")) FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM furrow_pool_add_lines(array_agg("orderId"), array_agg("skuId"), array_agg(-"quantity")) FROM old_rows;
  ELSE
    PERFORM furrow_pool_add_lines(array_agg(c.order_id), array_agg(c.sku), array_agg(c.q))
    FROM (
      SELECT v.order_id, v.sku, sum(v.q)::int AS q
      FROM (
        SELECT "orderId" AS order_id, "skuId" AS sku, "quantity" AS q FROM new_rows
        UNION ALL
        SELECT "orderId", "skuId", -"quantity" FROM old_rows
      ) v
      GROUP BY v.order_id, v.sku
      HAVING sum(v.q) <> 0
    ) c;
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "OrderLine_pool_insert" AFTER INSERT ON "OrderLine"
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION furrow_pool_lines_changed();
CREATE TRIGGER "OrderLine_pool_update" AFTER UPDATE ON "OrderLine"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION furrow_pool_lines_changed();
CREATE TRIGGER "OrderLine_pool_delete" AFTER DELETE ON "OrderLine"
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION furrow_pool_lines_changed();

-- An order that is cancelled or restored, or moves hub, zone, week or channel, moves all its lines:
-- minus under the old key (unless it was cancelled), plus under the new one (unless it is now).
-- Every other order update (status steps, totals, versions, payments) matches no row here.
CREATE FUNCTION furrow_pool_orders_changed() RETURNS trigger AS $$
BEGIN
  PERFORM furrow_pool_add(
    array_agg(d.hub ORDER BY d.hub, d.week, d.sku, d.zone), array_agg(d.week ORDER BY d.hub, d.week, d.sku, d.zone),
    array_agg(d.sku ORDER BY d.hub, d.week, d.sku, d.zone), array_agg(d.zone ORDER BY d.hub, d.week, d.sku, d.zone),
    array_agg(d.ordered ORDER BY d.hub, d.week, d.sku, d.zone), array_agg(d.subscribed ORDER BY d.hub, d.week, d.sku, d.zone),
    array_agg(d.b2b ORDER BY d.hub, d.week, d.sku, d.zone))
  FROM (
    SELECT v.hub, v.week, v.sku, v.zone,
      coalesce(sum(v.q) FILTER (WHERE v.channel IN ('STOREFRONT', 'IMPORT')), 0)::int AS ordered,
      coalesce(sum(v.q) FILTER (WHERE v.channel = 'SUBSCRIPTION'), 0)::int AS subscribed,
      coalesce(sum(v.q) FILTER (WHERE v.channel = 'B2B'), 0)::int AS b2b
    FROM (
      SELECT k.hub, k.week, l."skuId" AS sku, k.zone, k.channel, k.sign * l."quantity" AS q
      FROM new_rows n
      JOIN old_rows o ON o."id" = n."id"
      CROSS JOIN LATERAL (VALUES
        (o."hubId", o."isoWeek", o."zoneId", o."channel", -1, o."status" <> 'CANCELLED'),
        (n."hubId", n."isoWeek", n."zoneId", n."channel", 1, n."status" <> 'CANCELLED')
      ) AS k(hub, week, zone, channel, sign, counts)
      JOIN "OrderLine" l ON l."orderId" = n."id"
      WHERE k.counts AND (
        (o."status" = 'CANCELLED') <> (n."status" = 'CANCELLED')
        OR o."hubId" <> n."hubId" OR o."isoWeek" <> n."isoWeek" OR o."zoneId" <> n."zoneId" OR o."channel" <> n."channel")
    ) v
    GROUP BY v.hub, v.week, v.sku, v.zone
  ) d
  WHERE d.ordered <> 0 OR d.subscribed <> 0 OR d.b2b <> 0;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Order_pool_update" AFTER UPDATE ON "Order"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION furrow_pool_orders_changed();

-- A deleted order takes its lines out first, while the order row still says where they were pooled.
-- Orders are not deleted in the normal course of business, so a row trigger is enough here.
CREATE FUNCTION furrow_pool_order_deleting() RETURNS trigger AS $$
BEGIN
  DELETE FROM "OrderLine" WHERE "orderId" = OLD."id";
  RETURN OLD;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Order_pool_delete" BEFORE DELETE ON "Order"
  FOR EACH ROW EXECUTE FUNCTION furrow_pool_order_deleting();

-- One-off backfill of the pools from the orders that exist (none on a fresh database).
INSERT INTO "DemandPool" ("id", "hubId", "isoWeek", "skuId", "zoneId", "orderedUnits", "subscribedUnits", "b2bUnits", "updatedAt")
SELECT gen_random_uuid()::text, o."hubId", o."isoWeek", l."skuId", o."zoneId",
  coalesce(sum(l."quantity") FILTER (WHERE o."channel" IN ('STOREFRONT', 'IMPORT')), 0)::int,
  coalesce(sum(l."quantity") FILTER (WHERE o."channel" = 'SUBSCRIPTION'), 0)::int,
  coalesce(sum(l."quantity") FILTER (WHERE o."channel" = 'B2B'), 0)::int,
  now()
FROM "Order" o JOIN "OrderLine" l ON l."orderId" = o."id"
WHERE o."status" <> 'CANCELLED'
GROUP BY o."hubId", o."isoWeek", l."skuId", o."zoneId"
ON CONFLICT ("hubId", "isoWeek", "skuId", "zoneId") DO UPDATE SET
  "orderedUnits" = EXCLUDED."orderedUnits",
  "subscribedUnits" = EXCLUDED."subscribedUnits",
  "b2bUnits" = EXCLUDED."b2bUnits",
  "updatedAt" = EXCLUDED."updatedAt";
