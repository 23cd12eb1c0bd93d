/**
 * The hidden market: companies near a person whose activity hires in the person's occupations (La Bonne Boîte's
 * ROME ↔ NAF hirings) and that have no open vacancy for them now, ranked by how likely they are to hire and how
 * near they are, each with its reason in French. Pure: the caller brings the companies and the open vacancies.
 */
package fr.tremplin.core.prospect;
