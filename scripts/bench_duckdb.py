"""The cross-check's identity job in DuckDB, for the side-by-side figure in docs/PERFORMANCE.md.

Reads the CSV files `doudi demo-data --recipients N --references` wrote (the roll:
households.csv and enrollments.csv; the five department files) and finds what
`doudi bench crosscheck` finds with the exact-ID rules: every roll row whose ID is in
deaths, vehicles, real estate, live businesses or payroll, the roll's invalid check
characters, and the people on the roll twice. Prints the time and the counts.

Usage: python3 scripts/bench_duckdb.py DIR
"""
import sys
import time

import duckdb

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def main(directory: str) -> None:
    con = duckdb.connect()
    con.execute("PRAGMA threads=2")

    def csv(name: str) -> str:
        return f"read_csv('{directory}/{name}', header=true, all_varchar=true)"

    started = time.perf_counter()
    # The roll: 整户 enrollments cover every member, 单人 the members named.
    con.execute(f"""
        CREATE TABLE roll AS
        SELECT h."公民身份号码" AS id, e."证号" AS cert, e."救助项目" AS program, e."状态" AS status
        FROM {csv('households.csv')} h JOIN {csv('enrollments.csv')} e ON h."户编号" = e."户编号"
        WHERE e."保障方式" = '整户'
        UNION ALL
        SELECT unnest(string_split(e."保障成员身份证号", '；')), e."证号", e."救助项目", e."状态"
        FROM {csv('enrollments.csv')} e WHERE e."保障方式" = '单人'
    """)
    weighted = " + ".join(f"CAST(substr(id, {i + 1}, 1) AS INTEGER) * {w}" for i, w in enumerate(WEIGHTS))
    invalid = con.execute(f"""
        SELECT count(*) FROM roll
        WHERE length(id) <> 18 OR NOT regexp_full_match(substr(id, 1, 17), '[0-9]{{17}}')
           OR substr('10X98765432', (({weighted}) % 11) + 1, 1) <> upper(substr(id, 18, 1))
    """).fetchone()[0]
    duplicates = con.execute("SELECT count(*) FROM (SELECT id FROM roll GROUP BY id HAVING count(DISTINCT cert) > 1)").fetchone()[0]
    in_force = "r.status IN ('在保', '渐退')"
    hits = {}
    for name, condition in [
        ("deaths.csv", "TRUE"),
        ("vehicles.csv", in_force),
        ("real_estate.csv", in_force),
        ("businesses.csv", f"{in_force} AND x.\"登记状态\" NOT IN ('注销', '吊销')"),
        ("payroll.csv", in_force),
    ]:
        hits[name] = con.execute(f"""
            SELECT count(*) FROM roll r JOIN {csv('references/' + name)} x ON x."公民身份号码" = r.id WHERE {condition}
        """).fetchone()[0]
    elapsed = time.perf_counter() - started
    roll = con.execute("SELECT count(*) FROM roll").fetchone()[0]
    print(f"duckdb {duckdb.__version__}: roll rows {roll}, invalid check characters {invalid}, duplicated {duplicates}")
    for name, count in hits.items():
        print(f"  {name}: {count} hits")
    print(f"duckdb total (read the CSV files, find the hits): {elapsed:.2f} s")


if __name__ == "__main__":
    main(sys.argv[1])
