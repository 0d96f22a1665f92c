import { describe, expect, it } from "vitest";
import {
  isTableStateKey,
  parseSort,
  parseTableState,
  resetPageOnChange,
  sameTableState,
  serializeTableState,
  snapPageSize,
  type DataTableState,
  type TableStateDefaults,
} from "./state";

const defaults: TableStateDefaults = { pageSize: 25, sort: { id: "createdAt", desc: true } };

describe("parseTableState", () => {
  it("returns the defaults for an empty query", () => {
    expect(parseTableState(new URLSearchParams(), defaults)).toEqual({
      page: 0,
      pageSize: 25,
      sort: { id: "createdAt", desc: true },
      filters: {},
    });
  });

  it("uses page size 25, no sort and no filters when no defaults are given", () => {
    expect(parseTableState({})).toEqual({ page: 0, pageSize: 25, sort: null, filters: {} });
  });

  it("reads a full query (1-based page in the URL, 0-based in state)", () => {
    const state = parseTableState(new URLSearchParams("page=3&size=50&sort=name.asc&f.q=carrot&f.status=ACTIVE"), defaults);
    expect(state).toEqual({ page: 2, pageSize: 50, sort: { id: "name", desc: false }, filters: { q: "carrot", status: "ACTIVE" } });
  });

  it("accepts Next's searchParams object, taking the first of repeated values", () => {
    const state = parseTableState({ page: ["2", "9"], size: "100", sort: "total.desc", "f.hub": "leeds", other: undefined }, defaults);
    expect(state).toEqual({ page: 1, pageSize: 100, sort: { id: "total", desc: true }, filters: { hub: "leeds" } });
  });

  it("clamps a negative or zero page to the first page", () => {
    expect(parseTableState(new URLSearchParams("page=-3"), defaults).page).toBe(0);
    expect(parseTableState(new URLSearchParams("page=0"), defaults).page).toBe(0);
  });

  it("caps absurdly large pages", () => {
    expect(parseTableState(new URLSearchParams("page=999999999"), defaults).page).toBe(100_000);
  });

  it("ignores non-integer pages and sizes", () => {
    const state = parseTableState(new URLSearchParams("page=2.5&size=abc"), defaults);
    expect(state.page).toBe(0);
    expect(state.pageSize).toBe(25);
    expect(parseTableState(new URLSearchParams("page=1e3"), defaults).page).toBe(0);
  });

  it("clamps page size 9999 to the largest allowed size and tiny sizes to the smallest", () => {
    expect(parseTableState(new URLSearchParams("size=9999"), defaults).pageSize).toBe(100);
    expect(parseTableState(new URLSearchParams("size=0"), defaults).pageSize).toBe(25);
    expect(parseTableState(new URLSearchParams("size=-40"), defaults).pageSize).toBe(25);
  });

  it("snaps an in-between size to the nearest allowed one", () => {
    expect(parseTableState(new URLSearchParams("size=30"), defaults).pageSize).toBe(25);
    expect(parseTableState(new URLSearchParams("size=45"), defaults).pageSize).toBe(50);
  });

  it("honours custom page sizes", () => {
    const custom = { pageSizes: [10, 20], pageSize: 10 };
    expect(parseTableState(new URLSearchParams("size=9999"), custom).pageSize).toBe(20);
    expect(parseTableState(new URLSearchParams(), custom).pageSize).toBe(10);
  });

  it("falls back to the default sort for malformed sorts", () => {
    for (const bad of ["name", "name.up", ".desc", "na me.asc", "x".repeat(80) + ".asc"]) {
      expect(parseTableState(new URLSearchParams({ sort: bad }), defaults).sort).toEqual({ id: "createdAt", desc: true });
    }
  });

  it("treats an explicitly empty sort as no sort, overriding the default", () => {
    expect(parseTableState(new URLSearchParams("sort="), defaults).sort).toBeNull();
  });

  it("enforces the sortable and filterable whitelists", () => {
    const strict: TableStateDefaults = { ...defaults, sortable: ["name"], filterable: ["q"] };
    const state = parseTableState(new URLSearchParams("sort=passwordHash.asc&f.q=x&f.secret=y"), strict);
    expect(state.sort).toEqual({ id: "createdAt", desc: true });
    expect(state.filters).toEqual({ q: "x" });
    expect(parseTableState(new URLSearchParams("sort=name.desc"), strict).sort).toEqual({ id: "name", desc: true });
  });

  it("keeps default filters unless the URL clears them with an empty value", () => {
    const withFilter: TableStateDefaults = { filters: { status: "ACTIVE" } };
    expect(parseTableState(new URLSearchParams(), withFilter).filters).toEqual({ status: "ACTIVE" });
    expect(parseTableState(new URLSearchParams("f.status="), withFilter).filters).toEqual({});
    expect(parseTableState(new URLSearchParams("f.status=INVITED"), withFilter).filters).toEqual({ status: "INVITED" });
  });

  it("drops filters with invalid ids and truncates very long values", () => {
    const state = parseTableState(new URLSearchParams({ "f.": "a", "f.bad key": "b", "f.q": "z".repeat(500) }), defaults);
    expect(Object.keys(state.filters)).toEqual(["q"]);
    expect(state.filters.q).toHaveLength(200);
  });

  it("does not share the defaults' objects with the result", () => {
    const d: TableStateDefaults = { sort: { id: "a", desc: false }, filters: { s: "x" } };
    const state = parseTableState({}, d);
    state.filters.s = "changed";
    state.sort!.desc = true;
    expect(d).toEqual({ sort: { id: "a", desc: false }, filters: { s: "x" } });
  });
});

describe("serializeTableState", () => {
  it("writes nothing for the default state", () => {
    expect(serializeTableState(parseTableState({}, defaults), defaults).toString()).toBe("");
  });

  it("writes keys in a stable order with a 1-based page", () => {
    const state: DataTableState = { page: 1, pageSize: 50, sort: { id: "name", desc: false }, filters: { status: "DEAD", q: "kale" } };
    expect(serializeTableState(state, defaults).toString()).toBe("page=2&size=50&sort=name.asc&f.q=kale&f.status=DEAD");
  });

  it("omits empty filter values", () => {
    const state: DataTableState = { page: 0, pageSize: 25, sort: null, filters: { q: "" } };
    expect(serializeTableState(state).toString()).toBe("");
  });

  it("writes an empty sort / filter when the state clears a default", () => {
    const d: TableStateDefaults = { sort: { id: "createdAt", desc: true }, filters: { status: "ACTIVE" } };
    const state: DataTableState = { page: 0, pageSize: 25, sort: null, filters: {} };
    expect(serializeTableState(state, d).toString()).toBe("sort=&f.status=");
  });
});

describe("round trip", () => {
  const cases: [string, DataTableState, TableStateDefaults][] = [
    ["defaults", { page: 0, pageSize: 25, sort: { id: "createdAt", desc: true }, filters: {} }, defaults],
    ["everything set", { page: 4, pageSize: 100, sort: { id: "farm.name", desc: false }, filters: { q: "a&b=c ü", hub: "york" } }, defaults],
    ["sort cleared", { page: 0, pageSize: 25, sort: null, filters: {} }, defaults],
    ["default filter cleared", { page: 2, pageSize: 50, sort: null, filters: {} }, { filters: { status: "ACTIVE" } }],
    ["default filter changed", { page: 0, pageSize: 25, sort: null, filters: { status: "FAILED" } }, { filters: { status: "ACTIVE" } }],
  ];

  it.each(cases)("parse(serialize(state)) returns the state: %s", (_name, state, d) => {
    const query = serializeTableState(state, d).toString();
    expect(parseTableState(new URLSearchParams(query), d)).toEqual(state);
  });
});

describe("helpers", () => {
  it("parseSort splits on the last dot so nested ids work", () => {
    expect(parseSort("farm.name.desc")).toEqual({ id: "farm.name", desc: true });
    expect(parseSort("desc")).toBeUndefined();
  });

  it("snapPageSize picks the nearest allowed size, ties to the smaller", () => {
    expect(snapPageSize(75)).toBe(50);
    expect(snapPageSize(76)).toBe(100);
  });

  it("isTableStateKey recognises only the table's own keys", () => {
    expect(["page", "size", "sort", "f.q"].every(isTableStateKey)).toBe(true);
    expect(["tab", "pageSize", "filter"].some(isTableStateKey)).toBe(false);
  });

  it("sameTableState ignores filter key order and empty filters", () => {
    const a: DataTableState = { page: 0, pageSize: 25, sort: null, filters: { a: "1", b: "2", c: "" } };
    const b: DataTableState = { page: 0, pageSize: 25, sort: null, filters: { b: "2", a: "1" } };
    expect(sameTableState(a, b)).toBe(true);
    expect(sameTableState(a, { ...b, page: 1 })).toBe(false);
  });

  it("resetPageOnChange goes back to page 0 when sort or filters change, not when paging or resizing", () => {
    const base: DataTableState = { page: 3, pageSize: 25, sort: { id: "name", desc: false }, filters: { q: "kale" } };
    expect(resetPageOnChange(base, { ...base, page: 4 }).page).toBe(4);
    expect(resetPageOnChange(base, { ...base, pageSize: 50, page: 1 }).page).toBe(1);
    expect(resetPageOnChange(base, { ...base, sort: { id: "name", desc: true } }).page).toBe(0);
    expect(resetPageOnChange(base, { ...base, sort: null }).page).toBe(0);
    expect(resetPageOnChange(base, { ...base, filters: { q: "kal" } }).page).toBe(0);
    expect(resetPageOnChange(base, { ...base, filters: { q: "kale", status: "" } }).page).toBe(3);
  });
});
