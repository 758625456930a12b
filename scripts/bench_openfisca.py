"""The 低保 gap formula in OpenFisca, end to end, on the files Doudi wrote; then a comparison.

Reads DIR/households.csv and DIR/persons.csv, builds one vectorised OpenFisca simulation of
every household (the survey-data way: entity counts, a membership array and set_input of
whole columns, not one JSON situation per household), calculates the 低保 amount and
eligibility for 2024-05 with the system in scripts/openfisca_dibao, writes
DIR/openfisca-results.csv, and prints the time of each phase. Then, untimed, compares every
household with DIR/doudi-results.csv when that file exists (exit status 1 on a difference).

Money is integer fen throughout, so the two results must agree exactly.

Usage: python3 scripts/bench_openfisca.py DIR   (scripts/bench-openfisca sets up OpenFisca)
"""
import os
import resource
import sys
import time
from importlib.metadata import version

started = time.perf_counter()
import numpy  # noqa: E402
from openfisca_core.simulations import SimulationBuilder  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from openfisca_dibao import DibaoTaxBenefitSystem  # noqa: E402

imported = time.perf_counter() - started

PERIOD = "2024-05"
AREAS = ("urban", "rural")  # the order of openfisca_dibao's Area enum
INT32_MAX = numpy.iinfo(numpy.int32).max
RESULTS_HEADER = "household,eligible,amount"


class InputError(Exception):
    pass


def read_header(path: str) -> str:
    with open(path, encoding="utf-8") as file:
        return file.readline().rstrip("\r\n").lstrip("\ufeff")


def read_inputs(directory: str):
    """The two CSV files as numpy columns, checked against the format Doudi writes."""
    households_path = os.path.join(directory, "households.csv")
    persons_path = os.path.join(directory, "persons.csv")
    for path, header in [
        (households_path, "household,area"),
        (persons_path, "household,birth_date,wages,pension,basic_pension"),
    ]:
        if read_header(path) != header:
            raise InputError(f"{path}: the header is not {header}")
    # numpy's C reader parses the dates itself (an unparsable one raises), so no Python loop.
    households = numpy.loadtxt(
        households_path, delimiter=",", skiprows=1, encoding="utf-8", ndmin=1,
        dtype=[("household", numpy.int64), ("area", "U5")],
    )
    persons = numpy.loadtxt(
        persons_path, delimiter=",", skiprows=1, encoding="utf-8", ndmin=1,
        dtype=[
            ("household", numpy.int64),
            ("birth_date", "datetime64[D]"),
            ("wages", numpy.int64),
            ("pension", numpy.int64),
            ("basic_pension", numpy.int64),
        ],
    )
    count = len(households)
    if not numpy.array_equal(households["household"], numpy.arange(count)):
        raise InputError("households.csv: the household column is not 0, 1, 2, … in order")
    urban = households["area"] == "urban"
    if not numpy.all(urban | (households["area"] == "rural")):
        raise InputError("households.csv: an area is neither urban nor rural")
    area = numpy.where(urban, AREAS.index("urban"), AREAS.index("rural")).astype(numpy.int16)
    membership = persons["household"]
    if len(membership) and (membership[0] < 0 or membership[-1] >= count or numpy.any(numpy.diff(membership) < 0)):
        raise InputError("persons.csv: households out of range or not in ascending order")
    if numpy.any(numpy.bincount(membership, minlength=count) == 0):
        raise InputError("persons.csv: a household has no person")
    incomes = {}
    for name in ("wages", "pension", "basic_pension"):
        column = persons[name]
        if len(column) and (column.min() < 0 or column.max() > INT32_MAX):
            # OpenFisca's int variables are int32: a larger amount would wrap silently.
            raise InputError(f"persons.csv: a {name} amount is negative or above {INT32_MAX} fen")
        incomes[name] = numpy.ascontiguousarray(column)
    return count, area, numpy.ascontiguousarray(membership), numpy.ascontiguousarray(persons["birth_date"]), incomes


def build_simulation(system, count, area, membership, birth_date, incomes):
    builder = SimulationBuilder()
    builder.create_entities(system)
    # The ids only name the instances; ranges are the cheapest to hand over (the builder lists them).
    builder.declare_person_entity("person", range(len(membership)))
    households = builder.declare_entity("household", range(count))
    # Every person has the one role, "member" (index 0).
    builder.join_with_persons(households, membership, numpy.zeros(len(membership), dtype=numpy.int8))
    simulation = builder.build(system)
    simulation.set_input("birth_date", "eternity", birth_date)
    for name, column in incomes.items():
        simulation.set_input(name, PERIOD, column)
    simulation.set_input("area", PERIOD, area)
    return simulation


def write_results(path: str, eligible, amount) -> None:
    rows = zip(range(len(amount)), eligible.astype(numpy.int8).tolist(), amount.tolist())
    with open(path, "w", encoding="utf-8", newline="") as file:
        file.write(RESULTS_HEADER + "\n")
        file.write("".join(map("%d,%d,%d\n".__mod__, rows)))


def read_results(path: str):
    if read_header(path) != RESULTS_HEADER:
        raise InputError(f"{path}: the header is not {RESULTS_HEADER}")
    table = numpy.loadtxt(path, delimiter=",", skiprows=1, dtype=numpy.int64, ndmin=2, encoding="utf-8")
    return table.reshape(-1, 3)


def yuan(fen: int) -> str:
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100:,}.{abs(fen) % 100:02d}"


def summary(name: str, table) -> None:
    print(f"  {name}: {len(table):,} households, {int(table[:, 1].sum()):,} eligible, total {yuan(int(table[:, 2].sum()))} yuan/month")


def compare(doudi, openfisca) -> bool:
    print("comparison with doudi-results.csv:")
    summary("doudi    ", doudi)
    summary("openfisca", openfisca)
    common = min(len(doudi), len(openfisca))
    differing = numpy.flatnonzero(numpy.any(doudi[:common] != openfisca[:common], axis=1))
    if len(doudi) != len(openfisca):
        print(f"results differ: doudi has {len(doudi):,} rows, openfisca {len(openfisca):,}")
    elif len(differing) == 0:
        print("results agree")
        return True
    if len(differing) == 0:
        return False
    print(f"results differ in {len(differing):,} of the first {common:,} rows; the first {min(10, len(differing))}:")
    print("  row: doudi household,eligible,amount | openfisca household,eligible,amount")
    for row in differing[:10]:
        print(f"  {row}: {','.join(map(str, doudi[row]))} | {','.join(map(str, openfisca[row]))}")
    return False


def main(directory: str) -> int:
    phases = []

    def timed(label, work, *args):
        begun = time.perf_counter()
        result = work(*args)
        phases.append((label, time.perf_counter() - begun))
        print(f"{label}: {phases[-1][1]:.2f} s", flush=True)
        return result

    print(f"openfisca-core {version('openfisca-core')}, numpy {numpy.__version__}, Python {sys.version.split()[0]}")
    begun = time.perf_counter()
    system = DibaoTaxBenefitSystem()
    startup = imported + time.perf_counter() - begun
    print(f"start-up (imports, tax-benefit system and its parameters; not in the total): {startup:.2f} s")

    try:
        count, area, membership, birth_date, incomes = timed(
            "1 read households.csv and persons.csv", read_inputs, directory)
    except (InputError, ValueError, OSError) as error:
        print(f"bench_openfisca: {error}", file=sys.stderr)
        return 2
    print(f"  {count:,} households, {len(membership):,} persons")
    simulation = timed("2 build the simulation", build_simulation, system, count, area, membership, birth_date, incomes)
    amount, eligible = timed(
        f"3 calculate dibao_amount and dibao_eligible for {PERIOD}",
        lambda: (simulation.calculate("dibao_amount", PERIOD), simulation.calculate("dibao_eligible", PERIOD)),
    )
    results_path = os.path.join(directory, "openfisca-results.csv")
    timed("4 write openfisca-results.csv", write_results, results_path, eligible, amount)
    total = sum(seconds for _, seconds in phases)
    print(f"openfisca total (phases 1-4): {total:.2f} s; with start-up {total + startup:.2f} s")
    # ru_maxrss is in KiB on Linux.
    print(f"peak memory (maxrss): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")

    doudi_path = os.path.join(directory, "doudi-results.csv")
    if not os.path.exists(doudi_path):
        print("no doudi-results.csv: nothing to compare")
        return 0
    ours = numpy.column_stack([numpy.arange(count), eligible.astype(numpy.int64), amount.astype(numpy.int64)])
    try:
        theirs = read_results(doudi_path)
    except (InputError, ValueError) as error:
        print(f"bench_openfisca: {error}", file=sys.stderr)
        return 1
    return 0 if compare(theirs, ours) else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: bench_openfisca.py DIR", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
