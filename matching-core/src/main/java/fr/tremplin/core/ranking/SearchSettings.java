package fr.tremplin.core.ranking;

import org.apache.lucene.search.Query;

/**
 * What both rankings' plans share: the retrieval query, the bound it gives on the final score, the weights
 * and text relevance the score is made of, and how many hits and counts the request wants.
 *
 * @param retrieval   scores each document with the features it can compute from the index terms
 * @param boundSlack  largest total the features missing from the retrieval score can add: score ≤ retrieval
 *                    score + slack
 * @param text        null when text relevance does not apply
 * @param exactCounts whether totals and facets are counted over every eligible document
 * @param depth       how many top hits are kept
 */
record SearchSettings(Query retrieval, double boundSlack, MatchPolicy policy, FeatureWeights weights,
                      TextRelevance text, boolean exactCounts, int depth) {

    /** The same settings with another retrieval query. */
    SearchSettings withRetrieval(Query query) {
        return new SearchSettings(query, boundSlack, policy, weights, text, exactCounts, depth);
    }
}
