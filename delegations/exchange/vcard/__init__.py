"""vCard files of contacts: read (2.1, 3.0, 4.0, several cards a file) and written (3.0).

    preview = read_vcards("contacts.vcf", store)     # nothing written yet
    result = preview.apply(store, all_or_nothing=True)
    write_vcards(store, "contacts.vcf")
"""

from delegations.exchange.vcard.read import read_vcards
from delegations.exchange.vcard.write import contact_uid, vcard_text, write_vcards

__all__ = ["contact_uid", "read_vcards", "vcard_text", "write_vcards"]
