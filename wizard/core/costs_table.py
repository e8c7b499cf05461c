"""One declared table of unit prices for the year-one cost ranges, with their source and date.

Every price is a range in US dollars and the rulebook's own judgement (kind rule_of_thumb,
source `rot_unit_prices`): fully loaded staff costs from public salary surveys, rented GPU
hours and model fees from public price lists, labelling from crowd and specialist rates, as
of December 2026. Check current prices before a budget is set.
"""

from __future__ import annotations

from types import MappingProxyType

from pydantic import BaseModel, ConfigDict, model_validator

PRICES_DATED = "2026-12"


class UnitPrice(BaseModel):
    """A price range per unit, with what it is based on."""

    model_config = ConfigDict(frozen=True)

    id: str
    low: float
    high: float
    unit: str
    basis: str
    source: str = "rot_unit_prices"

    @model_validator(mode="after")
    def _ordered(self) -> UnitPrice:
        if not 0 <= self.low <= self.high:
            raise ValueError(f"unit price {self.id}: low {self.low} > high {self.high}")
        return self


_TABLE = (
    UnitPrice(id="analyst_year", low=90_000, high=140_000, unit="person-year",
              basis="fully loaded cost of an analyst or integration developer"),
    UnitPrice(id="data_scientist_year", low=130_000, high=200_000, unit="person-year",
              basis="fully loaded cost of a data scientist who ships classical models"),
    UnitPrice(id="ml_engineer_year", low=150_000, high=230_000, unit="person-year",
              basis="fully loaded cost of an engineer who builds on pretrained models"),
    UnitPrice(id="dl_engineer_year", low=180_000, high=300_000, unit="person-year",
              basis="fully loaded cost of an engineer who has trained networks in production"),
    UnitPrice(id="gap_premium", low=1.2, high=1.5, unit="factor",
              basis="contractors or hires to close a skills gap cost more than staff"),
    UnitPrice(id="gpu_hour", low=1.5, high=4.0, unit="GPU-hour",
              basis="a rented data-centre GPU, by the hour, on demand or reserved"),
    UnitPrice(id="label_anyone", low=0.05, high=0.5, unit="label",
              basis="crowd or staff labelling after short instructions"),
    UnitPrice(id="label_trained_staff", low=0.5, high=3.0, unit="label",
              basis="staff with domain training, at their hourly cost"),
    UnitPrice(id="label_experts", low=5.0, high=40.0, unit="label",
              basis="scarce specialists (doctors, lawyers, engineers)"),
    UnitPrice(id="model_request", low=0.001, high=0.02, unit="request",
              basis="a hosted model or service call, tokens or pages included"),
    UnitPrice(id="serving_request", low=0.00001, high=0.0002, unit="request",
              basis="serving a classical or compact model of your own"),
    UnitPrice(id="operations_year", low=5_000, high=25_000, unit="year",
              basis="hosting, monitoring and logging for one production model"),
    UnitPrice(id="on_premises_year", low=15_000, high=60_000, unit="year",
              basis="machines of your own for models that must stay on premises"),
    UnitPrice(id="compliance_year", low=10_000, high=40_000, unit="year",
              basis="counsel and documentation where a rule applies"),
    UnitPrice(id="high_risk_compliance_year", low=40_000, high=150_000, unit="year",
              basis="conformity work, audits and counsel for a high-risk use or a device"),
)

PRICES: MappingProxyType[str, UnitPrice] = MappingProxyType({p.id: p for p in _TABLE})
