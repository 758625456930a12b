"""What is known of each person: the inputs read from persons.csv.

Money is monthly, in fen (1 yuan = 100 fen), so every amount is an integer and the results
are exact. OpenFisca's `int` is stored as int32: up to 21,474,836.47 yuan a month per person,
which bench_openfisca.py checks when it reads the file.
"""
import datetime

from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from ..entities import Person


class birth_date(Variable):
    # Not used by the gap formula itself; the real rules use ages (e.g. 老年人, 未成年人),
    # so it is read and carried like every other input.
    value_type = datetime.date
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Date of birth"


class wages(Variable):
    value_type = int
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Wages (工资性收入), fen per month"


class pension(Variable):
    # Pensions other than the basic pension below (e.g. 职工基本养老金): counted as income.
    value_type = int
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Pension counted as income, fen per month"


class basic_pension(Variable):
    value_type = int
    entity = Person
    definition_period = DateUnit.MONTH
    label = "城乡居民基本养老保险基础养老金, fen per month"


VARIABLES = [birth_date, wages, pension, basic_pension]
