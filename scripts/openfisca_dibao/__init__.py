"""A minimal OpenFisca tax-benefit system for the 低保 gap formula of 淄博市桓台县.

It exists for scripts/bench_openfisca.py: the same formula Doudi evaluates, written the way
an OpenFisca country package would write it, so the two engines can be timed and compared
household by household on the same input files.
"""
import os

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from .entities import entities
from .variables import benefit, household, income, person

PARAMETERS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "parameters")


class DibaoTaxBenefitSystem(TaxBenefitSystem):
    def __init__(self) -> None:
        super().__init__(entities)
        # Listed by hand rather than add_variables_from_directory, which re-imports the files
        # by path and so would not see this package's relative imports.
        for module in (person, household, income, benefit):
            self.add_variables(*module.VARIABLES)
        self.load_parameters(PARAMETERS)
