package fr.tremplin.data.demo;

/** A public works or services contract of a public buyer, with an insertion clause (e.g. MP-2026-017). */
record PublicContract(String ref, DemoEmployer buyer) {}
