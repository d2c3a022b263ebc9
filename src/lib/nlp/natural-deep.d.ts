// Types for the few `natural` modules imported by path. The package root pulls in database
// adapters (pg, redis, mongoose) and dotenv, which prints to stdout, so we never import it whole.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
	const PorterStemmer: import('natural').Stemmer;
	export default PorterStemmer;
}
declare module 'natural/lib/natural/tokenizers/aggressive_tokenizer.js' {
	const AggressiveTokenizer: typeof import('natural').AggressiveTokenizer;
	export default AggressiveTokenizer;
}
declare module 'natural/lib/natural/sentiment/SentimentAnalyzer.js' {
	const SentimentAnalyzer: typeof import('natural').SentimentAnalyzer;
	export default SentimentAnalyzer;
}
declare module 'natural/lib/natural/ngrams/ngrams.js' {
	const NGrams: typeof import('natural').NGrams;
	export default NGrams;
}
declare module 'natural/lib/natural/tfidf/tfidf.js' {
	const TfIdf: typeof import('natural').TfIdf;
	export default TfIdf;
}
declare module 'natural/lib/natural/util/stopwords.js' {
	export const words: string[];
}
