"""The document's chip (ICAO Doc 9303-10, -11, -12): reading it over PC/SC or a simulated
reader, access control (BAC, PACE), Secure Messaging, the LDS, and proving its data genuine
(Passive, Active and Chip Authentication) against the CSCA trust store.

Own code on asn1crypto, ``cryptography`` and ``ecdsa``; known-answer tests from the worked
examples of Doc 9303-11 (tests/chip/kat.py).
"""
