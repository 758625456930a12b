"""The 低保 gap formula: the household gets what it lacks to reach the standard × its size."""
import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from ..entities import Household
from .household import Area

# Standards are in yuan in the parameter files, as the sources state them; money here is in fen.
FEN_PER_YUAN = 100


class dibao_line(Variable):
    value_type = int
    entity = Household
    definition_period = DateUnit.MONTH
    label = "低保 line of the household: standard × number of members, fen per month"
    reference = "国务院令第649号 第12条 (补差: the benefit is the line less the household's income)"

    def formula(household, period, parameters):
        standard = parameters(period).dibao.standard
        # OpenFisca's vectorial lookup standard[area] gives the same int64 values, but took
        # 0.30 s for a million households against a few milliseconds for this where.
        per_person = numpy.where(
            household("area", period) == Area.urban,
            standard.urban * FEN_PER_YUAN,
            standard.rural * FEN_PER_YUAN,
        )
        return per_person * household.nb_persons()


class dibao_eligible(Variable):
    value_type = bool
    entity = Household
    definition_period = DateUnit.MONTH
    label = "Eligible for 低保: countable income below the household's line"

    def formula(household, period, parameters):
        return household("countable_income", period) < household("dibao_line", period)


class dibao_amount(Variable):
    value_type = int
    entity = Household
    definition_period = DateUnit.MONTH
    label = "Monthly 低保 benefit, fen"

    def formula(household, period, parameters):
        gap = household("dibao_line", period) - household("countable_income", period)
        return numpy.where(household("dibao_eligible", period), gap, 0)


VARIABLES = [dibao_line, dibao_eligible, dibao_amount]
