"""The gift register's own fields in the gift editor (who on our side, where it is kept,
what became of a received gift) and the warning for a gift above the office's limit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from delegations.enums import GiftDecision, GiftDirection
from delegations.errors import DelegationsError
from delegations.services import gift_register
from delegations.services.dto import GiftRow
from delegations.storage.store import Store
from delegations.validation import money
from ui.formatting import amount_text

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")


def decision_labels() -> dict[GiftDecision, str]:
    return {GiftDecision.KEPT: translate("GiftRegister", "Kept by the city"),
            GiftDecision.HANDED_OVER: translate("GiftRegister", "Handed over"),
            GiftDecision.RETURNED: translate("GiftRegister", "Returned"),
            GiftDecision.DECLINED: translate("GiftRegister", "Declined")}


def add_register_fields(editor: Any) -> None:
    """Add our side, where kept and the decision to a gift editor's form."""
    form = editor.form
    form.add("our_person", translate("GiftRegister", "Given or received &by:"),
             editor.line(translate("GiftRegister", "who on our side")))
    form.add("kept_at", translate("GiftRegister", "&Kept at:"),
             editor.line(translate("GiftRegister", "e.g. town hall, showcase 2")))
    combo = QComboBox(form)
    combo.addItem(translate("GiftRegister", "(not decided)"), None)
    for decision, text in decision_labels().items():
        combo.addItem(text, decision.value)
    form.add("decision", translate("GiftRegister", "D&ecision:"), combo)


def limit_warning(editor: Any, store: Store, values: dict[str, Any]) -> str:
    """Why a received gift needs the office's decision ('' when it does not)."""
    if values.get("direction") != GiftDirection.RECEIVED:
        return ""
    try:
        limit = gift_register.get_limit(store)
        cents = money(values.get("value"), "value")
    except DelegationsError:
        return ""  # the form itself names a wrong amount
    row = GiftRow(0, "", None, GiftDirection.RECEIVED, "", None, "", None, None, cents,
                  str(values.get("currency") or "EUR"), "")
    why = gift_register.flag(row, limit)
    texts = {
        gift_register.ABOVE: translate("GiftRegister", "⚠ Above the office's limit of %1: "
                                       "record the decision."),
        gift_register.NO_VALUE: translate("GiftRegister", "⚠ Value unknown: the office's limit "
                                          "is %1."),
        gift_register.OTHER_CURRENCY: translate("GiftRegister", "⚠ Another currency than the "
                                                "limit (%1): check the value."),
    }
    if not why:
        return ""
    return texts[why].replace("%1", f"{amount_text(limit.cents)} {limit.currency}")
