/**
 * Pure rules of the advisers' alerts and of the fair-exposure report: since when a person waits for a proposal and
 * who waits longest ({@link fr.tremplin.core.alert.Waiting}), when a consent must be renewed
 * ({@link fr.tremplin.core.alert.ConsentExpiry}), waiting-time bands ({@link fr.tremplin.core.alert.WaitingBand}) and
 * the shares of proposals against the shares of the caseload ({@link fr.tremplin.core.alert.ExposureShare}).
 */
package fr.tremplin.core.alert;
