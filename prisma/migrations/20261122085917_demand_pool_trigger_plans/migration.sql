-- Demand pool triggers, second pass: the same deltas as demand_pool_triggers, with plans that stay
-- cheap at any table size. A cached generic plan of UPDATE ... FROM unnest(array) cannot see how many
-- keys the array holds and may hash-join over every pool, and a plan cached from a one-row statement
-- may nest-loop two large transition tables. So
--   a single line of a single order (the usual edit) takes a scalar path, an index lookup per table,
--   statements with many keys are planned for their own arrays (plan_cache_mode force_custom_plan),
--   an order update nets old against new versions by GROUP BY instead of joining the two transition tables.
-- Lock order, results and the invariant (pool = sum of the lines of its non-cancelled orders) are unchanged.

-- Pools just created in a zone-week that has already closed are born closed.
CREATE FUNCTION furrow_pool_close_born(born text[]) RETURNS void AS $$
BEGIN
  UPDATE "DemandPool" p SET "status" = 'CLOSED', "closedAt" = now()
  WHERE p."id" = ANY (born) AND EXISTS (
    SELECT 1 FROM "DemandPool" x
    WHERE x."hubId" = p."hubId" AND x."isoWeek" = p."isoWeek" AND x."zoneId" = p."zoneId" AND x."status" = 'CLOSED'
  );
END
$$ LANGUAGE plpgsql;

-- One pool key: update it, or create it when missing (ON CONFLICT covers a concurrent creation).
CREATE FUNCTION furrow_pool_add_one(hub text, week text, sku text, zone text, ordered int, subscribed int, b2b int) RETURNS void AS $$
DECLARE
  pool_id text;
  fresh boolean;
BEGIN
  UPDATE "DemandPool" SET
    "orderedUnits" = "orderedUnits" + ordered, "subscribedUnits" = "subscribedUnits" + subscribed, "b2bUnits" = "b2bUnits" + b2b, "updatedAt" = now()
  WHERE "hubId" = hub AND "isoWeek" = week AND "skuId" = sku AND "zoneId" = zone;
  IF FOUND THEN
    RETURN;
  END IF;
  INSERT INTO "DemandPool" AS p ("id", "hubId", "isoWeek", "skuId", "zoneId", "orderedUnits", "subscribedUnits", "b2bUnits", "status", "updatedAt")
  VALUES (gen_random_uuid()::text, hub, week, sku, zone, ordered, subscribed, b2b, 'OPEN', now())
  ON CONFLICT ("hubId", "isoWeek", "skuId", "zoneId") DO UPDATE SET
    "orderedUnits" = p."orderedUnits" + EXCLUDED."orderedUnits",
    "subscribedUnits" = p."subscribedUnits" + EXCLUDED."subscribedUnits",
    "b2bUnits" = p."b2bUnits" + EXCLUDED."b2bUnits",
    "updatedAt" = EXCLUDED."updatedAt"
  RETURNING p."id", (p.xmax = 0) INTO pool_id, fresh;
  IF fresh THEN
    PERFORM furrow_pool_close_born(ARRAY[pool_id]);
  END IF;
END
$$ LANGUAGE plpgsql;

-- Many pool keys (arrays in key order): existing pools locked in key order, updated in one statement,
-- the missing ones inserted in one statement.
CREATE OR REPLACE FUNCTION furrow_pool_add(hubs text[], weeks text[], skus text[], zones text[], ordered int[], subscribed int[], b2b int[]) RETURNS void AS $$
DECLARE
  found_keys bigint[];
  born text[];
BEGIN
  IF hubs IS NULL OR cardinality(hubs) = 0 THEN
    RETURN;
  END IF;
  IF cardinality(hubs) = 1 THEN
    PERFORM furrow_pool_add_one(hubs[1], weeks[1], skus[1], zones[1], ordered[1], subscribed[1], b2b[1]);
    RETURN;
  END IF;
  PERFORM 1 FROM "DemandPool" p
  JOIN unnest(hubs, weeks, skus, zones) AS d(hub, week, sku, zone)
    ON p."hubId" = d.hub AND p."isoWeek" = d.week AND p."skuId" = d.sku AND p."zoneId" = d.zone
  ORDER BY p."hubId", p."isoWeek", p."skuId", p."zoneId"
  FOR UPDATE OF p;
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
    PERFORM furrow_pool_close_born(born);
  END IF;
END
$$ LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan;

-- Line deltas of several lines, priced into pool deltas through their orders as they are now.
DROP FUNCTION furrow_pool_add_lines(text[], text[], int[]);
CREATE FUNCTION furrow_pool_add_lines(order_ids text[], sku_ids text[], quantities int[]) RETURNS void AS $$
DECLARE
  d_hubs text[];
  d_weeks text[];
  d_skus text[];
  d_zones text[];
  d_ordered int[];
  d_subscribed int[];
  d_b2b int[];
BEGIN
  SELECT array_agg(d.hub ORDER BY d.hub, d.week, d.sku, d.zone), array_agg(d.week ORDER BY d.hub, d.week, d.sku, d.zone),
    array_agg(d.sku ORDER BY d.hub, d.week, d.sku, d.zone), array_agg(d.zone ORDER BY d.hub, d.week, d.sku, d.zone),
    array_agg(d.ordered ORDER BY d.hub, d.week, d.sku, d.zone), array_agg(d.subscribed ORDER BY d.hub, d.week, d.sku, d.zone),
    array_agg(d.b2b ORDER BY d.hub, d.week, d.sku, d.zone)
  INTO d_hubs, d_weeks, d_skus, d_zones, d_ordered, d_subscribed, d_b2b
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
  WHERE d.ordered <> 0 OR d.subscribed <> 0 OR d.b2b <> 0;
  PERFORM furrow_pool_add(d_hubs, d_weeks, d_skus, d_zones, d_ordered, d_subscribed, d_b2b);
END
$$ LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan;

-- Line statements: signed (order, SKU, quantity) deltas, netted per order and SKU, so updates that
-- leave order, SKU and quantity alone (reservations, picking) stop here. One changed line of one
-- order goes the scalar way.
CREATE OR REPLACE FUNCTION furrow_pool_lines_changed() RETURNS trigger AS $$
DECLARE
  order_ids text[];
  sku_ids text[];
  quantities int[];
  o record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg("orderId"), array_agg("skuId"), array_agg("quantity") INTO order_ids, sku_ids, quantities FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg("orderId"), array_agg("skuId"), array_agg(-"quantity") INTO order_ids, sku_ids, quantities FROM old_rows;
  ELSE
    SELECT array_agg(c.order_id), array_agg(c.sku), array_agg(c.q) INTO order_ids, sku_ids, quantities
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
  IF order_ids IS NULL THEN
    RETURN NULL;
  END IF;
  IF cardinality(order_ids) > 1 THEN
    PERFORM furrow_pool_add_lines(order_ids, sku_ids, quantities);
    RETURN NULL;
  END IF;
  SELECT "hubId" AS hub, "isoWeek" AS week, "zoneId" AS zone, "channel"::text AS channel INTO o
  FROM "Order" WHERE "id" = order_ids[1] AND "status" <> 'CANCELLED';
  IF FOUND THEN
    PERFORM furrow_pool_add_one(o.hub, o.week, sku_ids[1], o.zone,
      CASE WHEN o.channel IN ('STOREFRONT', 'IMPORT') THEN quantities[1] ELSE 0 END,
      CASE WHEN o.channel = 'SUBSCRIPTION' THEN quantities[1] ELSE 0 END,
      CASE WHEN o.channel = 'B2B' THEN quantities[1] ELSE 0 END);
  END IF;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;

-- Order statements: each order version that counts (not cancelled) signed, minus for the old and plus
-- for the new. Summed per order and key, an order whose key and cancelled state did not change nets to
-- zero and drops out before any line is read. The rest move all their current lines.
CREATE OR REPLACE FUNCTION furrow_pool_orders_changed() RETURNS trigger AS $$
BEGIN
  PERFORM furrow_pool_add(
    array_agg(d.hub ORDER BY d.hub, d.week, d.sku, d.zone), array_agg(d.week ORDER BY d.hub, d.week, d.sku, d.zone),
    array_agg(d.sku ORDER BY d.hub, d.week, d.sku, d.zone), array_agg(d.zone ORDER BY d.hub, d.week, d.sku, d.zone),
    array_agg(d.ordered ORDER BY d.hub, d.week, d.sku, d.zone), array_agg(d.subscribed ORDER BY d.hub, d.week, d.sku, d.zone),
    array_agg(d.b2b ORDER BY d.hub, d.week, d.sku, d.zone))
  FROM (
    SELECT m.hub, m.week, l."skuId" AS sku, m.zone,
      coalesce(sum(m.sign * l."quantity") FILTER (WHERE m.channel IN ('STOREFRONT', 'IMPORT')), 0)::int AS ordered,
      coalesce(sum(m.sign * l."quantity") FILTER (WHERE m.channel = 'SUBSCRIPTION'), 0)::int AS subscribed,
      coalesce(sum(m.sign * l."quantity") FILTER (WHERE m.channel = 'B2B'), 0)::int AS b2b
    FROM (
      SELECT v.id, v.hub, v.week, v.zone, v.channel, sum(v.sign)::int AS sign
      FROM (
        SELECT "id", "hubId" AS hub, "isoWeek" AS week, "zoneId" AS zone, "channel"::text AS channel, -1 AS sign FROM old_rows WHERE "status" <> 'CANCELLED'
        UNION ALL
        SELECT "id", "hubId", "isoWeek", "zoneId", "channel"::text, 1 FROM new_rows WHERE "status" <> 'CANCELLED'
      ) v
      GROUP BY v.id, v.hub, v.week, v.zone, v.channel
      HAVING sum(v.sign) <> 0
    ) m
    JOIN "OrderLine" l ON l."orderId" = m.id
    GROUP BY m.hub, m.week, l."skuId", m.zone
  ) d
  WHERE d.ordered <> 0 OR d.subscribed <> 0 OR d.b2b <> 0;
  RETURN NULL;
END
$$ LANGUAGE plpgsql;
