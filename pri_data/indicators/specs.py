"""What each innovation-gap indicator is: id, label, unit, Eurostat dataset and filters, direction.

One registry, read by the offline build (``build``, from the reference extracts) and by
the online refresh (``refresh``, from Eurostat's dissemination API), so both write the same ids.
It is written into ``indicator_catalog.csv``, which is what the app reads (``direction``,
``flags_recorded``): the catalogue is the single source at run time.
"""

from __future__ import annotations

from dataclasses import dataclass

LICENCE = "Eurostat, CC BY 4.0"
CREDIT = "Source: Eurostat"
EU_AGGREGATES = ("EU27_2020", "EU28")
# Whether a higher or a lower figure is better; "neither" (population) is never ranked.
HIGHER, LOWER, NEITHER = "higher_is_better", "lower_is_better", "neither"
DIRECTIONS = (HIGHER, LOWER, NEITHER)


@dataclass(frozen=True)
class IndicatorSpec:
    """One indicator. ``reference_*`` locate it in the offline extracts (None: online only);
    ``filters`` are the Eurostat dimension values that select it from ``dataset_code``."""

    indicator_id: str
    label: str
    unit: str
    dataset_code: str
    direction: str  # one of DIRECTIONS
    filters: tuple[tuple[str, str], ...]
    reference_file: str | None = None
    reference_indicator: str | None = None
    reference_dataset: str | None = None  # when the extract names another dataset code
    # Whether the reference extract kept Eurostat's flags (the GDP bulk file did; the processed
    # extracts and the R package's default output did not). The online refresh always does.
    reference_flags: bool = False

    def __post_init__(self) -> None:
        if self.direction not in DIRECTIONS:
            known = ", ".join(DIRECTIONS)
            raise ValueError(f"{self.indicator_id}: direction {self.direction!r}; known: {known}")


SPECS: tuple[IndicatorSpec, ...] = (
    IndicatorSpec(
        "gerd_pc_gdp", "R&D expenditure (GERD), all sectors", "% of GDP", "rd_e_gerdreg", HIGHER,
        (("sectperf", "TOTAL"), ("unit", "PC_GDP")),
        "gerd_pc_gdp.csv", "GERD, all sectors",
    ),
    IndicatorSpec(
        "berd_pc_gdp", "Business R&D expenditure (BERD)", "% of GDP", "rd_e_gerdreg", HIGHER,
        (("sectperf", "BES"), ("unit", "PC_GDP")),
        "berd_pc_gdp.csv", "BERD, business enterprise sector",
    ),
    IndicatorSpec(
        "researchers_pc_active_pop", "Researchers, all sectors",
        "% of active population, full-time equivalent", "rd_p_persreg", HIGHER,
        (("sectperf", "TOTAL"), ("prof_pos", "RSE"), ("sex", "T"), ("unit", "PC_ACT_FTE")),
        "researchers_pc_active_pop.csv", "Researchers, all sectors",
    ),
    IndicatorSpec(
        "hrst_pc_active_pop", "Human resources in science and technology (HRST)",
        "% of active population", "hrst_st_rcat", HIGHER,
        (("category", "HRST"), ("unit", "PC_ACT")),
        "hrst_pc_active_pop.csv", "Human resources in science and technology (HRST)",
    ),
    IndicatorSpec(
        "epo_patents_per_million", "Patent applications to the EPO", "per million inhabitants",
        "pat_ep_rtot", HIGHER, (("unit", "P_MHAB"),),
        "epo_patents_per_million_inhabitants.csv", "Patent applications to the EPO",
    ),
    IndicatorSpec(
        "gdp_pps_per_inhabitant", "GDP per inhabitant in PPS", "PPS per inhabitant",
        "nama_10r_2gdp", HIGHER, (("unit", "PPS_EU27_2020_HAB"),),
        "gdp_pps_per_inhabitant.csv", "GDP per inhabitant in PPS", reference_flags=True,
    ),
    IndicatorSpec(
        "gdp_pps_pc_eu28", "GDP per inhabitant in PPS, % of EU28 average",
        "% of EU28 average", "nama_10r_2gdp", HIGHER, (("unit", "PPS_HAB_EU"),),
        "gdp_pps_per_inhabitant.csv", "GDP per inhabitant in PPS, % of EU average",
        reference_flags=True,
    ),
    IndicatorSpec(
        "gdp_pps_pc_eu27_2020", "GDP per inhabitant in PPS, % of EU27 (2020) average",
        "% of EU27 (2020) average", "nama_10r_2gdp", HIGHER, (("unit", "PPS_HAB_EU27_2020"),),
    ),
    IndicatorSpec(
        "unemployment_rate", "Unemployment rate", "% of labour force, age 15-74",
        "lfst_r_lfu3rt", LOWER,
        (("isced11", "TOTAL"), ("sex", "T"), ("age", "Y15-74"), ("unit", "PC")),
        "unemployment_rate.csv", "Unemployment rate", "tgs00010",
    ),
    IndicatorSpec(
        "population_1jan", "Population on 1 January", "persons", "demo_r_d2jan", NEITHER,
        (("sex", "T"), ("age", "TOTAL"), ("unit", "NR")),
        "population_1jan.csv", "Population on 1 January", "tgs00096",
    ),
    IndicatorSpec(
        "tertiary_attainment_pc", "Tertiary educational attainment, age 25-64",
        "% of population aged 25-64", "edat_lfse_04", HIGHER,
        (("isced11", "ED5-8"), ("sex", "T"), ("age", "Y25-64"), ("unit", "PC")),
    ),
    IndicatorSpec(
        "hightech_emp_pc", "Employment in high-technology sectors", "% of total employment",
        "htec_emp_reg2", HIGHER, (("nace_r2", "HTC"), ("sex", "T"), ("unit", "PC_EMP")),
    ),
)  # fmt: skip

SPEC_BY_ID = {spec.indicator_id: spec for spec in SPECS}


def offline_specs() -> tuple[IndicatorSpec, ...]:
    """The indicators the reference extracts hold."""
    return tuple(spec for spec in SPECS if spec.reference_file)


def eurostat_url(spec: IndicatorSpec) -> str:
    """SDMX 3.0 CSV query for one indicator (dimension filters as ``c[dim]=value``)."""
    base = "https://ec.europa.eu/eurostat/api/dissemination/sdmx/3.0/data/dataflow/ESTAT"
    query = "".join(f"&c[{dim}]={value}" for dim, value in spec.filters)
    return f"{base}/{spec.dataset_code}/1.0?format=csvdata&formatVersion=2.0&c[freq]=A{query}"
