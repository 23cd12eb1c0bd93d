/**
 * Shortlists and their outcomes, as plain rules: the state machines, the fixed lists of reasons, the
 * follow-up deadlines (reminder, then expiry), the terms of a placement and the pseudonym shown to employers.
 *
 * <pre>
 * shortlist:  DRAFT ──send──► SENT ──(no open candidate left)──► CLOSED
 *               │  └──────────────(every candidate settled)──────► CLOSED
 *               └──withdraw──► WITHDRAWN ◄──withdraw── SENT
 *
 * candidate:  DRAFT ──send──► PROPOSED ──open──► VIEWED
 *             PROPOSED | VIEWED ──answer──► INTERVIEW ──answer──► HIRED
 *             PROPOSED | VIEWED | INTERVIEW ──answer──► DECLINED (reason of the DECLINE list)
 *             any open state ──adviser──► WITHDRAWN (reason of the WITHDRAWAL list)
 *             PROPOSED | VIEWED ──no answer after the reminder──► EXPIRED (NO_ANSWER)
 *             any open state ──system──► CLOSED (PLACED_ELSEWHERE, VACANCY_FILLED)
 * </pre>
 * HIRED, DECLINED, WITHDRAWN, EXPIRED and CLOSED are final. No Micronaut, no JDBC here.
 */
package fr.tremplin.core.shortlist;
