"""The cryptography of protection, composed from `cryptography`'s primitives and nothing of our own:
AES-256-GCM for files, X25519 sealed boxes for entries logged while locked, a memory-hard key
derivation for the passphrase.

A sealed file is MAGIC_SEALED, the write counter (8 bytes) and a random 96-bit nonce, then the
ciphertext; the header is the associated data, so a counter changed by hand fails to open. A box
is MAGIC_BOXED, a fresh X25519 public key and a nonce, then the ciphertext, under a key agreed
between that fresh key and the folder's public key: anyone may seal one, only the holder of the
private key (inside the protection file, under the data key) opens it.
"""

from __future__ import annotations

import base64
import hashlib
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC_SEALED = b"HOLDFAST-SEALED-1\n"
MAGIC_BOXED = b"HOLDFAST-BOXED-1\n"
KEY_BYTES = 32
_NONCE_BYTES = 12
_COUNTER_BYTES = 8
_SEALED_HEADER = len(MAGIC_SEALED) + _COUNTER_BYTES + _NONCE_BYTES
_BOXED_HEADER = len(MAGIC_BOXED) + KEY_BYTES + _NONCE_BYTES

# Argon2id's memory and passes, chosen to take about 0.3 s on a modest laptop; scrypt's where the
# installed `cryptography` has no Argon2id. The parameters go into the protection file, so a later
# change applies to new passphrases and the old ones keep working.
ARGON2ID = {"name": "argon2id", "memory_kib": 131072, "iterations": 4, "lanes": 4}
SCRYPT = {"name": "scrypt", "n": 2**17, "r": 8, "p": 1}


class CannotOpen(Exception):
    """The bytes are not what the key sealed: another key, or damaged."""


def new_key() -> bytes:
    return os.urandom(KEY_BYTES)


def is_sealed(stored: bytes) -> bool:
    """Whether `stored` is a file or box written by protection, as opposed to plain JSON."""
    return stored.startswith((MAGIC_SEALED, MAGIC_BOXED))


def is_boxed(stored: bytes) -> bool:
    return stored.startswith(MAGIC_BOXED)


def seal(key: bytes, plain: bytes, counter: int) -> bytes:
    """`plain` encrypted and authenticated under `key`, numbered `counter` (the nth write)."""
    header = MAGIC_SEALED + counter.to_bytes(_COUNTER_BYTES, "big") + os.urandom(_NONCE_BYTES)
    return header + AESGCM(key).encrypt(header[-_NONCE_BYTES:], plain, header)


def counter_of(stored: bytes) -> int:
    """The write counter of a sealed file (0 for anything else)."""
    if not stored.startswith(MAGIC_SEALED) or len(stored) < _SEALED_HEADER:
        return 0
    start = len(MAGIC_SEALED)
    return int.from_bytes(stored[start : start + _COUNTER_BYTES], "big")


def open_sealed(key: bytes, stored: bytes) -> bytes:
    """The plain bytes `seal` sealed; raises CannotOpen."""
    if not stored.startswith(MAGIC_SEALED) or len(stored) < _SEALED_HEADER:
        raise CannotOpen
    header = stored[:_SEALED_HEADER]
    try:
        return AESGCM(key).decrypt(header[-_NONCE_BYTES:], stored[_SEALED_HEADER:], header)
    except InvalidTag:
        raise CannotOpen from None


def box(public_key: bytes, plain: bytes) -> bytes:
    """`plain` sealed so that only the holder of `public_key`'s private key can open it."""
    ephemeral = X25519PrivateKey.generate()
    sender = ephemeral.public_key().public_bytes_raw()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    header = MAGIC_BOXED + sender + os.urandom(_NONCE_BYTES)
    key = _box_key(shared, sender, public_key)
    return header + AESGCM(key).encrypt(header[-_NONCE_BYTES:], plain, header)


def unbox(private_key: bytes, stored: bytes) -> bytes:
    """The plain bytes `box` sealed to this private key's public key; raises CannotOpen."""
    if not stored.startswith(MAGIC_BOXED) or len(stored) < _BOXED_HEADER:
        raise CannotOpen
    header = stored[:_BOXED_HEADER]
    sender = header[len(MAGIC_BOXED) : len(MAGIC_BOXED) + KEY_BYTES]
    me = X25519PrivateKey.from_private_bytes(private_key)
    try:
        shared = me.exchange(X25519PublicKey.from_public_bytes(sender))
    except ValueError:  # a sender key that agrees on nothing (all zeros, say): damaged
        raise CannotOpen from None
    key = _box_key(shared, sender, me.public_key().public_bytes_raw())
    try:
        return AESGCM(key).decrypt(header[-_NONCE_BYTES:], stored[_BOXED_HEADER:], header)
    except InvalidTag:
        raise CannotOpen from None


def new_key_pair() -> tuple[bytes, bytes]:
    """A fresh X25519 (private, public) pair, raw bytes."""
    private = X25519PrivateKey.generate()
    return private.private_bytes_raw(), private.public_key().public_bytes_raw()


def _box_key(shared: bytes, sender: bytes, recipient: bytes) -> bytes:
    # Both public keys go into the derivation, as in libsodium's sealed boxes.
    return HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=None,
        info=b"holdfast box" + sender + recipient,
    ).derive(shared)


def wrap(wrapping_key: bytes, key: bytes, purpose: bytes) -> bytes:
    """`key` encrypted under `wrapping_key`; `purpose` binds it to where it is kept."""
    nonce = os.urandom(_NONCE_BYTES)
    return nonce + AESGCM(wrapping_key).encrypt(nonce, key, purpose)


def unwrap(wrapping_key: bytes, wrapped: bytes, purpose: bytes) -> bytes:
    """The key `wrap` wrapped; raises CannotOpen for another wrapping key."""
    try:
        return AESGCM(wrapping_key).decrypt(wrapped[:_NONCE_BYTES], wrapped[_NONCE_BYTES:], purpose)
    except (InvalidTag, ValueError):
        raise CannotOpen from None


def new_kdf() -> dict[str, Any]:
    """The key derivation for a new passphrase, with a fresh salt."""
    chosen = ARGON2ID if _has_argon2id() else SCRYPT
    return {**chosen, "salt": text(os.urandom(16))}


def passphrase_key(passphrase: str, kdf: dict[str, Any]) -> bytes:
    """The key a passphrase stands for, by the derivation `kdf` names (from `new_kdf`).

    The passphrase is taken as typed, after Unicode normalisation: the same characters typed on
    another keyboard or system give the same key.
    """
    import unicodedata

    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    salt = data(kdf["salt"])
    if kdf["name"] == "argon2id":
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        return Argon2id(
            salt=salt,
            length=KEY_BYTES,
            iterations=int(kdf["iterations"]),
            lanes=int(kdf["lanes"]),
            memory_cost=int(kdf["memory_kib"]),
        ).derive(secret)
    if kdf["name"] == "scrypt":
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        return Scrypt(
            salt=salt, length=KEY_BYTES, n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"])
        ).derive(secret)
    raise ValueError(f"unknown key derivation {kdf['name']!r}")


def recovery_wrapping_key(recovery_key: bytes, salt: bytes) -> bytes:
    """The key a recovery key stands for: it is random and long, so no slow derivation is needed."""
    return HKDF(
        algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=b"holdfast recovery"
    ).derive(recovery_key)


def fingerprint(payload: bytes) -> str:
    """A checksum that tells a protection file damaged by accident from a wrong passphrase."""
    return hashlib.sha256(payload).hexdigest()


def text(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def data(encoded: str) -> bytes:
    return base64.b64decode(encoded.encode("ascii"), validate=True)


def _has_argon2id() -> bool:
    """Whether this `cryptography` and the OpenSSL it was built with derive Argon2id keys."""
    from cryptography.exceptions import UnsupportedAlgorithm

    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        Argon2id(salt=bytes(16), length=KEY_BYTES, iterations=1, lanes=1, memory_cost=8)
    except (ImportError, UnsupportedAlgorithm):
        return False
    return True
