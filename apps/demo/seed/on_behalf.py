"""What a coalition does on behalf of others: the 2020 market consultation.

Seed 003 (the consultation's introduction, § Over deze marktconsultatie): "Deze
marktconsultatie wordt georganiseerd door Dimpact, in opdracht van de OpenZaak
gemeenten, ondersteund door de Foundation for Public Code", and (§ Inleiding) the
OpenZaak municipalities are "een coalitie van meer dan 45 gemeenten waaronder
Amsterdam, Arnhem, Delft, Haarlem, 's-Hertogenbosch, Rotterdam, Tilburg, Hoorn,
Medemblik, Utrecht, SED (bestaande uit Stede Broec, Enkhuizen en Drechterland) en
Dimpact (bestaande uit meer dan 30 gemeenten)".

So Dimpact acts on behalf of all its members and of the other municipalities the
seed names (SED standing for its three municipalities). The seeds give no
contract for it: as every contract of the demo, the record is illustrative (its
contractor, the Foundation for Public Code that supported it, and its form are
examples; no value is given), while the on-behalf-of it shows is what seed 003
says.
"""

from __future__ import annotations

from collections.abc import Mapping

from apps.components.models import Component
from apps.contracts.constants import ContractType
from apps.contracts.models import Contract, Lot, WorkCategory
from apps.core.constants import Basis
from apps.core.models import Source
from apps.parties.models import Party

from .components import COMMISSIONING_PARTIES
from .contracts import ILLUSTRATIVE_PREFIX, other_lots_delete
from .parties import CONSULTATION_DATE
from .sources import cite
from .upsert import stated, upsert_by_key

MARKET_CONSULTATION_KEY = "dimpact-market-consultation-2020"

#: The municipalities (and SED) seed 003 names in the coalition besides Dimpact.
CONSULTATION_ALSO_FOR: tuple[str, ...] = tuple(
    name for name in COMMISSIONING_PARTIES if name != "Dimpact"
)


def market_consultation_load(
    component: Component,
    parties: Mapping[str, Party],
    categories: Mapping[str, WorkCategory],
    sources: Mapping[str, Source],
) -> Contract:
    """Dimpact's 2020 market consultation, on behalf of the OpenZaak
    municipalities: all Dimpact's members and the others seed 003 names."""
    # No source gives the start; the answers were due before 2020-05-01 (the
    # date the demo uses for seed 003), and nothing dates its end.
    period = stated(known_since=CONSULTATION_DATE, last_confirmed=CONSULTATION_DATE)
    contract = upsert_by_key(
        Contract,
        MARKET_CONSULTATION_KEY,
        {
            "title": (
                f"{ILLUSTRATIVE_PREFIX}marktconsultatie OpenZaak 2020, georganiseerd "
                "door Dimpact in opdracht van de OpenZaak-gemeenten"
            ),
            "description": (
                "Illustratief voorbeeld van een contract: volgens de inleiding van de "
                "marktconsultatie (seed 003) organiseerde Dimpact haar in opdracht "
                "van de OpenZaak-gemeenten, ondersteund door de Foundation for "
                "Public Code; antwoorden moesten voor 1 mei 2020 binnen zijn. Voor "
                "wie Dimpact optrad, staat in de bron; de contractvorm, de "
                "opdrachtnemer en het ontbreken van een waarde zijn voorbeelden."
            ),
            "client": parties["Dimpact"],
            "contractor": parties["Foundation for Public Code"],
            **period,
            "on_behalf_of_all_members": True,
            "basis": Basis.ILLUSTRATIVE,
        },
        m2m={
            "components": [component],
            "sources": cite(
                sources,
                ["seed-003"],
                {
                    "seed-003": (
                        "§ Over deze marktconsultatie: georganiseerd door Dimpact, "
                        "in opdracht van de OpenZaak gemeenten"
                    )
                },
            ),
            "on_behalf_of": [parties[name] for name in CONSULTATION_ALSO_FOR],
        },
    )
    lot = upsert_by_key(
        Lot,
        f"{MARKET_CONSULTATION_KEY}/consultation",
        {
            "contract": contract,
            "name": "Marktconsultatie",
            "work_category": categories["coordination"],
            "contract_type": ContractType.ONE_OFF,
            **period,
            "value": None,
            "currency": "EUR",
            "basis": Basis.ILLUSTRATIVE,
        },
    )
    other_lots_delete(contract, [lot])
    return contract
