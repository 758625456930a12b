"""What is known of each household: the input read from households.csv."""
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from ..entities import Household


class Area(Enum):
    # The order fixes the indices (urban 0, rural 1) that bench_openfisca.py passes to set_input.
    urban = "城市"
    rural = "农村"


class area(Variable):
    # Decides which standard applies (城市 or 农村低保标准).
    value_type = Enum
    possible_values = Area
    default_value = Area.urban
    entity = Household
    definition_period = DateUnit.MONTH
    label = "Urban or rural 低保 standard"


VARIABLES = [area]
