/*
 * quotes_words.c: the word lists of quote attribution (reporting verbs,
 * pronouns, titles, determiners..., and given names and titles by gender)
 * and the token predicates that are not inline (quotes_internal.h).  Each
 * token is looked up once per document in a hash table whose keys are the
 * words folded to lower case and packed eight bytes to an integer, so that
 * a look-up reads and folds a word eight bytes at a time and compares whole
 * integers; the lists are facts about English news style and common given
 * names.
 */
#include "quotes_internal.h"
#include "word_index.h"

#include <string.h>

typedef struct word_entry
{
	const char *word;
	uint32_t	tags;
} word_entry;

/* Lower case, sorted by strcmp. */
static const word_entry words[] = {
	{"a", QW_DET},
	{"abdul", QW_MALE},
	{"about", QW_QUANT},
	{"according", QW_PHRASE},
	{"accused", QW_CUE},
	{"accusing", QW_CUE},
	{"acknowledge", QW_CUE | QW_CLAUSE},
	{"acknowledged", QW_CUE | QW_CLAUSE},
	{"acknowledges", QW_CUE | QW_CLAUSE},
	{"acknowledging", QW_CUE | QW_CLAUSE},
	{"across", QW_PREP},
	{"add", QW_CUE | QW_CLAUSE},
	{"added", QW_CUE | QW_CLAUSE},
	{"adding", QW_CUE | QW_CLAUSE},
	{"adds", QW_CUE | QW_CLAUSE},
	{"adm", QW_TITLE},
	{"administration", QW_ORG},
	{"admit", QW_CUE | QW_CLAUSE},
	{"admits", QW_CUE | QW_CLAUSE},
	{"admitted", QW_CUE | QW_CLAUSE},
	{"admitting", QW_CUE | QW_CLAUSE},
	{"adviser", QW_TITLE},
	{"advisor", QW_TITLE},
	{"africa", QW_PLACE},
	{"after", QW_BOUNDARY},
	{"afternoon", QW_TIME},
	{"again", QW_AUX},
	{"against", QW_PREP},
	{"agency", QW_ORG},
	{"agreed", QW_CUE | QW_THAT},
	{"ahmed", QW_MALE},
	{"aide", QW_TITLE},
	{"airlines", QW_ORG},
	{"al", QW_NAME_LINK},
	{"alan", QW_MALE},
	{"albert", QW_MALE},
	{"alberto", QW_MALE},
	{"alejandro", QW_MALE},
	{"alexander", QW_MALE},
	{"alexandra", QW_FEMALE},
	{"alice", QW_FEMALE},
	{"alicia", QW_FEMALE},
	{"alison", QW_FEMALE},
	{"all", QW_QUANT},
	{"allege", QW_CUE | QW_THAT},
	{"alleged", QW_CUE | QW_THAT},
	{"alleges", QW_CUE | QW_THAT},
	{"alleging", QW_CUE | QW_THAT},
	{"alliance", QW_ORG},
	{"almost", QW_QUANT},
	{"already", QW_AUX},
	{"also", QW_AUX},
	{"although", QW_BOUNDARY},
	{"amanda", QW_FEMALE},
	{"ambassador", QW_TITLE},
	{"america", QW_PLACE},
	{"americas", QW_PLACE},
	{"amid", QW_PREP},
	{"among", QW_PREP},
	{"amy", QW_FEMALE},
	{"an", QW_DET},
	{"ana", QW_FEMALE},
	{"and", QW_BOUNDARY | QW_CONNECTIVE | QW_NAME_LINK},
	{"andrea", QW_FEMALE},
	{"andrew", QW_MALE},
	{"angela", QW_FEMALE},
	{"angrily", QW_AUX},
	{"ann", QW_FEMALE},
	{"anna", QW_FEMALE},
	{"anne", QW_FEMALE},
	{"announce", QW_CUE | QW_THAT},
	{"announced", QW_CUE | QW_THAT},
	{"announces", QW_CUE | QW_THAT},
	{"announcing", QW_CUE | QW_THAT},
	{"answered", QW_CUE},
	{"anthony", QW_MALE},
	{"antonio", QW_MALE},
	{"apr", QW_TIME},
	{"april", QW_TIME},
	{"archbishop", QW_TITLE | QW_MALE},
	{"are", QW_AUX},
	{"argue", QW_CUE | QW_CLAUSE},
	{"argued", QW_CUE | QW_CLAUSE},
	{"argues", QW_CUE | QW_CLAUSE},
	{"arguing", QW_CUE | QW_CLAUSE},
	{"army", QW_ORG},
	{"around", QW_QUANT | QW_PREP},
	{"arthur", QW_MALE},
	{"as", QW_BOUNDARY},
	{"asia", QW_PLACE},
	{"asked", QW_CUE | QW_THAT},
	{"assembly", QW_ORG},
	{"assert", QW_CUE | QW_CLAUSE},
	{"asserted", QW_CUE | QW_CLAUSE},
	{"asserting", QW_CUE | QW_CLAUSE},
	{"asserts", QW_CUE | QW_CLAUSE},
	{"association", QW_ORG},
	{"assure", QW_CUE | QW_THAT},
	{"assured", QW_CUE | QW_THAT},
	{"assures", QW_CUE | QW_THAT},
	{"assuring", QW_CUE | QW_THAT},
	{"at", QW_PREP},
	{"attorney", QW_TITLE},
	{"aug", QW_TIME},
	{"august", QW_TIME},
	{"authority", QW_ORG},
	{"avenue", QW_PLACE},
	{"bank", QW_ORG},
	{"barbara", QW_FEMALE},
	{"bay", QW_PLACE},
	{"be", QW_AUX},
	{"beach", QW_PLACE},
	{"became", QW_VERB},
	{"because", QW_BOUNDARY},
	{"been", QW_AUX},
	{"before", QW_BOUNDARY},
	{"began", QW_VERB},
	{"begged", QW_CUE},
	{"behind", QW_PREP},
	{"being", QW_AUX},
	{"benjamin", QW_MALE},
	{"besides", QW_CONNECTIVE},
	{"between", QW_PREP},
	{"beyond", QW_PREP},
	{"bill", QW_MALE},
	{"bin", QW_NAME_LINK},
	{"bishop", QW_TITLE},
	{"board", QW_ORG},
	{"boasted", QW_CUE | QW_THAT},
	{"bob", QW_MALE},
	{"boris", QW_MALE},
	{"both", QW_QUANT},
	{"bragged", QW_CUE | QW_THAT},
	{"brenda", QW_FEMALE},
	{"brian", QW_MALE},
	{"brought", QW_VERB},
	{"built", QW_VERB},
	{"bureau", QW_ORG},
	{"but", QW_BOUNDARY | QW_CONNECTIVE},
	{"by", QW_PREP},
	{"called", QW_CUE},
	{"calling", QW_CUE},
	{"calls", QW_CUE},
	{"came", QW_VERB},
	{"can", QW_AUX},
	{"capt", QW_TITLE},
	{"cardinal", QW_TITLE},
	{"carl", QW_MALE},
	{"carlos", QW_MALE},
	{"carmen", QW_FEMALE},
	{"carol", QW_FEMALE},
	{"caroline", QW_FEMALE},
	{"catherine", QW_FEMALE},
	{"caught", QW_VERB},
	{"caution", QW_CUE | QW_THAT},
	{"cautioned", QW_CUE | QW_THAT},
	{"cautioning", QW_CUE | QW_THAT},
	{"center", QW_ORG},
	{"centre", QW_ORG},
	{"chairman", QW_TITLE | QW_MALE},
	{"chairwoman", QW_TITLE | QW_FEMALE},
	{"chancellor", QW_TITLE},
	{"chant", QW_CUE},
	{"chanted", QW_CUE},
	{"chanting", QW_CUE},
	{"charged", QW_CUE | QW_THAT},
	{"charles", QW_MALE},
	{"chief", QW_TITLE},
	{"chose", QW_VERB},
	{"christina", QW_FEMALE},
	{"christine", QW_FEMALE},
	{"christopher", QW_MALE},
	{"church", QW_ORG},
	{"claimed", QW_CUE | QW_CLAUSE},
	{"claiming", QW_CUE | QW_CLAUSE},
	{"claire", QW_FEMALE},
	{"club", QW_ORG},
	{"co", QW_ORG},
	{"coach", QW_TITLE},
	{"coast", QW_PLACE},
	{"col", QW_TITLE},
	{"college", QW_ORG},
	{"command", QW_ORG},
	{"commission", QW_ORG},
	{"commissioner", QW_TITLE},
	{"committee", QW_ORG},
	{"company", QW_ORG},
	{"complain", QW_CUE | QW_CLAUSE},
	{"complained", QW_CUE | QW_CLAUSE},
	{"complaining", QW_CUE | QW_CLAUSE},
	{"complains", QW_CUE | QW_CLAUSE},
	{"conceded", QW_CUE | QW_CLAUSE},
	{"concedes", QW_CUE | QW_CLAUSE},
	{"concluded", QW_CUE | QW_THAT},
	{"condemned", QW_CUE},
	{"condemning", QW_CUE},
	{"confirm", QW_CUE | QW_THAT},
	{"confirmed", QW_CUE | QW_THAT},
	{"confirming", QW_CUE | QW_THAT},
	{"confirms", QW_CUE | QW_THAT},
	{"congress", QW_ORG},
	{"congressman", QW_TITLE | QW_MALE},
	{"congresswoman", QW_TITLE | QW_FEMALE},
	{"consul", QW_TITLE},
	{"contend", QW_CUE | QW_CLAUSE},
	{"contended", QW_CUE | QW_CLAUSE},
	{"contends", QW_CUE | QW_CLAUSE},
	{"continued", QW_CUE | QW_THAT},
	{"corp", QW_ORG},
	{"could", QW_AUX},
	{"council", QW_ORG},
	{"county", QW_PLACE},
	{"court", QW_ORG},
	{"cried", QW_CUE},
	{"criticised", QW_CUE},
	{"criticized", QW_CUE},
	{"cynthia", QW_FEMALE},
	{"da", QW_NAME_LINK},
	{"daniel", QW_MALE},
	{"david", QW_MALE},
	{"de", QW_NAME_LINK},
	{"deborah", QW_FEMALE},
	{"dec", QW_TIME},
	{"december", QW_TIME},
	{"declare", QW_CUE | QW_THAT},
	{"declared", QW_CUE | QW_THAT},
	{"declares", QW_CUE | QW_THAT},
	{"declaring", QW_CUE | QW_THAT},
	{"del", QW_NAME_LINK},
	{"demand", QW_CUE | QW_THAT},
	{"demanded", QW_CUE | QW_THAT},
	{"demanding", QW_CUE | QW_THAT},
	{"denied", QW_CUE | QW_THAT},
	{"denies", QW_CUE | QW_THAT},
	{"denise", QW_FEMALE},
	{"denounce", QW_CUE},
	{"denounced", QW_CUE},
	{"denouncing", QW_CUE},
	{"deny", QW_CUE | QW_THAT},
	{"denying", QW_CUE | QW_THAT},
	{"department", QW_ORG},
	{"deputy", QW_TITLE},
	{"der", QW_NAME_LINK},
	{"described", QW_CUE},
	{"describes", QW_CUE},
	{"describing", QW_CUE},
	{"detective", QW_TITLE},
	{"diana", QW_FEMALE},
	{"diane", QW_FEMALE},
	{"did", QW_AUX},
	{"director", QW_TITLE},
	{"disclosed", QW_CUE | QW_THAT},
	{"dmitry", QW_MALE},
	{"do", QW_AUX},
	{"does", QW_AUX},
	{"donald", QW_MALE},
	{"doris", QW_FEMALE},
	{"dorothy", QW_FEMALE},
	{"dozens", QW_QUANT},
	{"dr", QW_TITLE},
	{"drew", QW_VERB},
	{"drove", QW_VERB},
	{"du", QW_NAME_LINK},
	{"dubbed", QW_CUE},
	{"duke", QW_MALE},
	{"during", QW_PREP},
	{"earlier", QW_AUX},
	{"east", QW_PLACE},
	{"edward", QW_MALE},
	{"elena", QW_FEMALE},
	{"elizabeth", QW_FEMALE},
	{"ellen", QW_FEMALE},
	{"embassy", QW_ORG},
	{"emily", QW_FEMALE},
	{"emma", QW_FEMALE},
	{"emphasise", QW_CUE | QW_CLAUSE},
	{"emphasised", QW_CUE | QW_CLAUSE},
	{"emphasize", QW_CUE | QW_CLAUSE},
	{"emphasized", QW_CUE | QW_CLAUSE},
	{"emphasizes", QW_CUE | QW_CLAUSE},
	{"emphasizing", QW_CUE | QW_CLAUSE},
	{"envoy", QW_TITLE},
	{"eric", QW_MALE},
	{"estimate", QW_CUE | QW_THAT},
	{"estimated", QW_CUE | QW_THAT},
	{"europe", QW_PLACE},
	{"even", QW_AUX},
	{"evening", QW_TIME},
	{"exclaimed", QW_CUE},
	{"executive", QW_TITLE},
	{"explain", QW_CUE | QW_CLAUSE},
	{"explained", QW_CUE | QW_CLAUSE},
	{"explaining", QW_CUE | QW_CLAUSE},
	{"explains", QW_CUE | QW_CLAUSE},
	{"father", QW_TITLE},
	{"feb", QW_TIME},
	{"february", QW_TIME},
	{"federation", QW_ORG},
	{"fell", QW_VERB},
	{"felt", QW_VERB},
	{"few", QW_QUANT},
	{"firmly", QW_AUX},
	{"flatly", QW_AUX},
	{"fled", QW_VERB},
	{"for", QW_NAME_LINK},
	{"force", QW_ORG},
	{"forces", QW_ORG},
	{"fought", QW_VERB},
	{"found", QW_VERB},
	{"foundation", QW_ORG},
	{"francisco", QW_MALE},
	{"frank", QW_MALE},
	{"friday", QW_TIME},
	{"from", QW_PREP},
	{"fund", QW_ORG},
	{"further", QW_AUX},
	{"furthermore", QW_CONNECTIVE},
	{"gary", QW_MALE},
	{"gave", QW_VERB},
	{"gen", QW_TITLE},
	{"general", QW_TITLE},
	{"george", QW_MALE},
	{"gerhard", QW_MALE},
	{"gloria", QW_FEMALE},
	{"got", QW_VERB},
	{"gov", QW_TITLE},
	{"government", QW_ORG},
	{"governor", QW_TITLE},
	{"gregory", QW_MALE},
	{"grew", QW_VERB},
	{"group", QW_ORG},
	{"gulf", QW_PLACE},
	{"had", QW_AUX},
	{"hans", QW_MALE},
	{"has", QW_AUX},
	{"have", QW_AUX},
	{"he", QW_PRONOUN},
	{"heather", QW_FEMALE},
	{"held", QW_VERB},
	{"helen", QW_FEMALE},
	{"helmut", QW_MALE},
	{"henry", QW_MALE},
	{"her", QW_DET},
	{"hid", QW_VERB},
	{"hillary", QW_FEMALE},
	{"hinted", QW_CUE | QW_THAT},
	{"his", QW_DET},
	{"house", QW_ORG},
	{"how", QW_BOUNDARY},
	{"however", QW_CONNECTIVE},
	{"hundreds", QW_QUANT},
	{"ibn", QW_NAME_LINK},
	{"ibrahim", QW_MALE},
	{"if", QW_BOUNDARY},
	{"igor", QW_MALE},
	{"in", QW_PREP},
	{"inc", QW_ORG},
	{"indeed", QW_CONNECTIVE},
	{"indicate", QW_CUE | QW_THAT},
	{"indicated", QW_CUE | QW_THAT},
	{"indicates", QW_CUE | QW_THAT},
	{"indicating", QW_CUE | QW_THAT},
	{"inside", QW_PREP},
	{"insist", QW_CUE | QW_CLAUSE},
	{"insisted", QW_CUE | QW_CLAUSE},
	{"insisting", QW_CUE | QW_CLAUSE},
	{"insists", QW_CUE | QW_CLAUSE},
	{"inspector", QW_TITLE},
	{"instead", QW_CONNECTIVE},
	{"institute", QW_ORG},
	{"into", QW_PREP},
	{"is", QW_AUX},
	{"island", QW_PLACE},
	{"islands", QW_PLACE},
	{"its", QW_DET},
	{"ivan", QW_MALE},
	{"jack", QW_MALE},
	{"jacques", QW_MALE},
	{"james", QW_MALE},
	{"jan", QW_TIME},
	{"jane", QW_FEMALE},
	{"janet", QW_FEMALE},
	{"janos", QW_MALE},
	{"january", QW_TIME},
	{"javier", QW_MALE},
	{"jeanne", QW_FEMALE},
	{"jennifer", QW_FEMALE},
	{"jessica", QW_FEMALE},
	{"joan", QW_FEMALE},
	{"john", QW_MALE},
	{"joked", QW_CUE},
	{"jorge", QW_MALE},
	{"jose", QW_MALE},
	{"joseph", QW_MALE},
	{"juan", QW_MALE},
	{"judge", QW_TITLE},
	{"judith", QW_FEMALE},
	{"jul", QW_TIME},
	{"julia", QW_FEMALE},
	{"julie", QW_FEMALE},
	{"july", QW_TIME},
	{"jun", QW_TIME},
	{"june", QW_TIME},
	{"just", QW_AUX},
	{"justice", QW_TITLE},
	{"karen", QW_FEMALE},
	{"katherine", QW_FEMALE},
	{"kathleen", QW_FEMALE},
	{"kenneth", QW_MALE},
	{"kept", QW_VERB},
	{"kevin", QW_MALE},
	{"king", QW_TITLE | QW_MALE},
	{"kingdom", QW_PLACE},
	{"klaus", QW_MALE},
	{"knew", QW_VERB},
	{"la", QW_NAME_LINK},
	{"labeled", QW_CUE},
	{"labelled", QW_CUE},
	{"lake", QW_PLACE},
	{"larry", QW_MALE},
	{"later", QW_AUX},
	{"laura", QW_FEMALE},
	{"lawyer", QW_TITLE},
	{"lazaro", QW_MALE},
	{"le", QW_NAME_LINK},
	{"leader", QW_TITLE},
	{"league", QW_ORG},
	{"led", QW_VERB},
	{"left", QW_VERB},
	{"linda", QW_FEMALE},
	{"lisa", QW_FEMALE},
	{"lost", QW_VERB},
	{"louis", QW_MALE},
	{"lt", QW_TITLE},
	{"luis", QW_MALE},
	{"made", QW_VERB},
	{"madeleine", QW_FEMALE},
	{"maintain", QW_CUE | QW_CLAUSE},
	{"maintained", QW_CUE | QW_CLAUSE},
	{"maintaining", QW_CUE | QW_CLAUSE},
	{"maintains", QW_CUE | QW_CLAUSE},
	{"maj", QW_TITLE},
	{"manuel", QW_MALE},
	{"many", QW_QUANT},
	{"mar", QW_TIME},
	{"march", QW_TIME},
	{"margaret", QW_FEMALE},
	{"maria", QW_FEMALE},
	{"marie", QW_FEMALE},
	{"mariela", QW_FEMALE},
	{"marilyn", QW_FEMALE},
	{"mark", QW_MALE},
	{"martha", QW_FEMALE},
	{"mary", QW_FEMALE},
	{"matthew", QW_MALE},
	{"may", QW_TIME},
	{"mayor", QW_TITLE},
	{"meant", QW_VERB},
	{"meantime", QW_CONNECTIVE},
	{"meanwhile", QW_CONNECTIVE},
	{"melissa", QW_FEMALE},
	{"met", QW_VERB},
	{"michael", QW_MALE},
	{"michelle", QW_FEMALE},
	{"middle", QW_PLACE},
	{"might", QW_AUX},
	{"miguel", QW_MALE},
	{"mikhail", QW_MALE},
	{"millions", QW_QUANT},
	{"minister", QW_TITLE},
	{"ministry", QW_ORG},
	{"mohammed", QW_MALE},
	{"monday", QW_TIME},
	{"monica", QW_FEMALE},
	{"month", QW_TIME},
	{"more", QW_QUANT},
	{"moreover", QW_CONNECTIVE},
	{"morning", QW_TIME},
	{"most", QW_QUANT},
	{"mountains", QW_PLACE},
	{"mr", QW_TITLE | QW_MALE},
	{"mrs", QW_TITLE | QW_FEMALE},
	{"ms", QW_TITLE | QW_FEMALE},
	{"murmured", QW_CUE},
	{"must", QW_AUX},
	{"muttered", QW_CUE},
	{"my", QW_DET},
	{"nancy", QW_FEMALE},
	{"natalia", QW_FEMALE},
	{"navy", QW_ORG},
	{"near", QW_PREP},
	{"nearly", QW_QUANT},
	{"negotiator", QW_TITLE},
	{"network", QW_ORG},
	{"never", QW_AUX},
	{"nevertheless", QW_CONNECTIVE},
	{"new", QW_PLACE},
	{"news", QW_ORG},
	{"nicole", QW_FEMALE},
	{"night", QW_TIME},
	{"nonetheless", QW_CONNECTIVE},
	{"nor", QW_BOUNDARY},
	{"north", QW_PLACE},
	{"not", QW_AUX},
	{"note", QW_CUE | QW_CLAUSE},
	{"noted", QW_CUE | QW_CLAUSE},
	{"noting", QW_CUE | QW_CLAUSE},
	{"nov", QW_TIME},
	{"november", QW_TIME},
	{"now", QW_CONNECTIVE},
	{"objected", QW_CUE | QW_THAT},
	{"observed", QW_CUE | QW_CLAUSE},
	{"ocean", QW_PLACE},
	{"oct", QW_TIME},
	{"october", QW_TIME},
	{"of", QW_NAME_LINK},
	{"office", QW_ORG},
	{"officer", QW_TITLE},
	{"official", QW_TITLE},
	{"often", QW_AUX},
	{"olga", QW_FEMALE},
	{"on", QW_PREP},
	{"once", QW_AUX},
	{"only", QW_AUX},
	{"or", QW_BOUNDARY},
	{"organisation", QW_ORG},
	{"organization", QW_ORG},
	{"other", QW_QUANT},
	{"our", QW_DET},
	{"outside", QW_PREP},
	{"over", QW_PREP},
	{"paid", QW_VERB},
	{"parliament", QW_ORG},
	{"party", QW_ORG},
	{"patricia", QW_FEMALE},
	{"paul", QW_MALE},
	{"pedro", QW_MALE},
	{"peninsula", QW_PLACE},
	{"peter", QW_MALE},
	{"pierre", QW_MALE},
	{"pleaded", QW_CUE},
	{"pledged", QW_CUE | QW_THAT},
	{"police", QW_ORG},
	{"pope", QW_TITLE},
	{"post", QW_ORG},
	{"predict", QW_CUE | QW_CLAUSE},
	{"predicted", QW_CUE | QW_CLAUSE},
	{"predicting", QW_CUE | QW_CLAUSE},
	{"predicts", QW_CUE | QW_CLAUSE},
	{"premier", QW_TITLE},
	{"president", QW_TITLE},
	{"press", QW_ORG},
	{"previously", QW_AUX},
	{"prime", QW_TITLE},
	{"prince", QW_TITLE | QW_MALE},
	{"princess", QW_TITLE | QW_FEMALE},
	{"privately", QW_AUX},
	{"prof", QW_TITLE},
	{"professor", QW_TITLE},
	{"promised", QW_CUE | QW_THAT},
	{"protested", QW_CUE | QW_THAT},
	{"province", QW_PLACE},
	{"publicly", QW_AUX},
	{"queen", QW_TITLE | QW_FEMALE},
	{"quickly", QW_AUX},
	{"quipped", QW_CUE},
	{"quoted", QW_PHRASE},
	{"rabbi", QW_TITLE},
	{"rachel", QW_FEMALE},
	{"ran", QW_VERB},
	{"read", QW_CUE},
	{"rebecca", QW_FEMALE},
	{"recalled", QW_CUE | QW_CLAUSE},
	{"recently", QW_AUX},
	{"region", QW_PLACE},
	{"reiterated", QW_CUE | QW_THAT},
	{"reiterating", QW_CUE | QW_THAT},
	{"remarked", QW_CUE | QW_CLAUSE},
	{"rep", QW_TITLE},
	{"repeated", QW_CUE | QW_THAT},
	{"repeatedly", QW_AUX},
	{"replied", QW_CUE | QW_CLAUSE},
	{"replies", QW_CUE | QW_CLAUSE},
	{"reply", QW_CUE | QW_CLAUSE},
	{"replying", QW_CUE | QW_CLAUSE},
	{"reported", QW_CUE | QW_THAT},
	{"reporting", QW_CUE | QW_THAT},
	{"representative", QW_TITLE},
	{"republic", QW_PLACE},
	{"responded", QW_CUE | QW_THAT},
	{"retorted", QW_CUE | QW_CLAUSE},
	{"reuters", QW_ORG},
	{"rev", QW_TITLE},
	{"reveal", QW_CUE | QW_THAT},
	{"revealed", QW_CUE | QW_THAT},
	{"revealing", QW_CUE | QW_THAT},
	{"reveals", QW_CUE | QW_THAT},
	{"reverend", QW_TITLE},
	{"ricardo", QW_MALE},
	{"richard", QW_MALE},
	{"river", QW_PLACE},
	{"robert", QW_MALE},
	{"roger", QW_MALE},
	{"ronald", QW_MALE},
	{"rosa", QW_FEMALE},
	{"rose", QW_VERB},
	{"ruled", QW_CUE | QW_THAT},
	{"ruling", QW_CUE | QW_THAT},
	{"ruth", QW_FEMALE},
	{"said", QW_CUE | QW_CLAUSE},
	{"samuel", QW_MALE},
	{"sandra", QW_FEMALE},
	{"sang", QW_CUE},
	{"sarah", QW_FEMALE},
	{"sat", QW_VERB},
	{"saturday", QW_TIME},
	{"saw", QW_VERB},
	{"say", QW_CUE | QW_CLAUSE},
	{"saying", QW_CUE | QW_CLAUSE},
	{"says", QW_CUE | QW_CLAUSE},
	{"school", QW_ORG},
	{"screamed", QW_CUE},
	{"sea", QW_PLACE},
	{"secretary", QW_TITLE},
	{"secretary-general", QW_TITLE},
	{"sen", QW_TITLE},
	{"senate", QW_ORG},
	{"senator", QW_TITLE},
	{"sent", QW_VERB},
	{"sep", QW_TIME},
	{"separately", QW_CONNECTIVE},
	{"sept", QW_TIME},
	{"september", QW_TIME},
	{"sergei", QW_MALE},
	{"service", QW_ORG},
	{"set", QW_VERB},
	{"several", QW_QUANT},
	{"sgt", QW_TITLE},
	{"sharon", QW_FEMALE},
	{"she", QW_PRONOUN},
	{"sheriff", QW_TITLE},
	{"shot", QW_VERB},
	{"should", QW_AUX},
	{"shout", QW_CUE},
	{"shouted", QW_CUE | QW_THAT},
	{"shouting", QW_CUE},
	{"simply", QW_AUX},
	{"since", QW_BOUNDARY},
	{"singing", QW_CUE},
	{"sir", QW_MALE},
	{"sister", QW_TITLE | QW_FEMALE},
	{"so", QW_CONNECTIVE},
	{"some", QW_QUANT},
	{"sophie", QW_FEMALE},
	{"sought", QW_VERB},
	{"south", QW_PLACE},
	{"spent", QW_VERB},
	{"spoke", QW_VERB},
	{"spokesman", QW_TITLE | QW_MALE},
	{"spokesperson", QW_TITLE},
	{"spokeswoman", QW_TITLE | QW_FEMALE},
	{"square", QW_PLACE},
	{"state", QW_TITLE},
	{"stated", QW_CUE | QW_CLAUSE},
	{"states", QW_PLACE},
	{"stephen", QW_MALE},
	{"steven", QW_MALE},
	{"still", QW_AUX | QW_CONNECTIVE},
	{"stood", QW_VERB},
	{"strait", QW_PLACE},
	{"street", QW_PLACE},
	{"stress", QW_CUE | QW_CLAUSE},
	{"stressed", QW_CUE | QW_CLAUSE},
	{"stresses", QW_CUE | QW_CLAUSE},
	{"stressing", QW_CUE | QW_CLAUSE},
	{"struck", QW_VERB},
	{"suggest", QW_CUE | QW_THAT},
	{"suggested", QW_CUE | QW_THAT},
	{"suggesting", QW_CUE | QW_THAT},
	{"suggests", QW_CUE | QW_THAT},
	{"sunday", QW_TIME},
	{"superintendent", QW_TITLE},
	{"susan", QW_FEMALE},
	{"taught", QW_VERB},
	{"tell", QW_CUE | QW_CLAUSE | QW_TELL},
	{"telling", QW_CUE | QW_CLAUSE | QW_TELL},
	{"tells", QW_CUE | QW_CLAUSE | QW_TELL},
	{"tens", QW_QUANT},
	{"teresa", QW_FEMALE},
	{"testified", QW_CUE | QW_CLAUSE},
	{"than", QW_QUANT | QW_BOUNDARY},
	{"that", QW_BOUNDARY},
	{"the", QW_DET},
	{"their", QW_DET},
	{"then", QW_AUX},
	{"these", QW_DET},
	{"they", QW_PRONOUN},
	{"this", QW_DET},
	{"thomas", QW_MALE},
	{"those", QW_DET},
	{"though", QW_BOUNDARY},
	{"thousands", QW_QUANT},
	{"threw", QW_VERB},
	{"throughout", QW_PREP},
	{"thursday", QW_TIME},
	{"thus", QW_CONNECTIVE},
	{"times", QW_ORG},
	{"timothy", QW_MALE},
	{"today", QW_TIME},
	{"told", QW_CUE | QW_CLAUSE | QW_TELL},
	{"tomorrow", QW_TIME},
	{"tonight", QW_TIME},
	{"tony", QW_MALE},
	{"took", QW_VERB},
	{"toward", QW_PREP},
	{"towards", QW_PREP},
	{"trust", QW_ORG},
	{"tuesday", QW_TIME},
	{"tweeted", QW_CUE},
	{"under", QW_PREP},
	{"union", QW_ORG},
	{"university", QW_ORG},
	{"until", QW_BOUNDARY},
	{"urged", QW_CUE},
	{"vaclav", QW_MALE},
	{"valley", QW_PLACE},
	{"van", QW_NAME_LINK},
	{"via", QW_PREP},
	{"vice", QW_TITLE},
	{"victoria", QW_FEMALE},
	{"vladimir", QW_MALE},
	{"von", QW_NAME_LINK},
	{"vow", QW_CUE | QW_THAT},
	{"vowed", QW_CUE | QW_THAT},
	{"vowing", QW_CUE | QW_THAT},
	{"walter", QW_MALE},
	{"warn", QW_CUE | QW_CLAUSE},
	{"warned", QW_CUE | QW_CLAUSE},
	{"warning", QW_CUE | QW_CLAUSE},
	{"warns", QW_CUE | QW_CLAUSE},
	{"was", QW_AUX},
	{"we", QW_PRONOUN},
	{"wednesday", QW_TIME},
	{"week", QW_TIME},
	{"weekend", QW_TIME},
	{"went", QW_VERB},
	{"were", QW_AUX},
	{"west", QW_PLACE},
	{"what", QW_BOUNDARY},
	{"when", QW_BOUNDARY},
	{"where", QW_BOUNDARY},
	{"which", QW_BOUNDARY},
	{"while", QW_BOUNDARY},
	{"whispered", QW_CUE},
	{"who", QW_BOUNDARY},
	{"whom", QW_BOUNDARY},
	{"whose", QW_BOUNDARY},
	{"why", QW_BOUNDARY},
	{"will", QW_AUX},
	{"william", QW_MALE},
	{"with", QW_PREP},
	{"within", QW_PREP},
	{"without", QW_PREP},
	{"wolfgang", QW_MALE},
	{"won", QW_VERB},
	{"would", QW_AUX},
	{"write", QW_CUE | QW_CLAUSE},
	{"writes", QW_CUE | QW_CLAUSE},
	{"writing", QW_CUE | QW_CLAUSE},
	{"wrote", QW_CUE | QW_CLAUSE},
	{"xinhua", QW_ORG},
	{"year", QW_TIME},
	{"yelled", QW_CUE},
	{"yelling", QW_CUE},
	{"yesterday", QW_TIME},
	{"yet", QW_CONNECTIVE},
	{"your", QW_DET},
	{"yuri", QW_MALE},
};

#define WORD_COUNT (sizeof(words) / sizeof(words[0]))

/* Integers of a key: room for more bytes than the longest word (secretary-general). */
#define KEY_WORDS 3
#define KEY_BYTES (8 * KEY_WORDS)

/* Slots of the hash table, a power of two over twice as many as words. */
#define SLOT_BITS 11

/* A word folded to ASCII lower case, its bytes packed eight to an integer, zero-padded. */
typedef struct word_key
{
	uint64_t	packed[KEY_WORDS];
	size_t		len;
} word_key;

/*
 * A slot of the hash table: the first integer and the length of a word's
 * key, its tags, and 1 + its index in words[] (0 when the slot is empty),
 * so that a word of up to eight bytes is found without reading words[].
 */
typedef struct word_slot
{
	uint64_t	first;
	uint32_t	tags;
	uint16_t	len;
	uint16_t	word;
} word_slot;

/* The keys of words[], and the hash table over them. */
static word_key word_keys[WORD_COUNT];
static word_slot word_slots[1 << SLOT_BITS];
static int	word_table_built;

/* KEY_BYTES bytes 0xff, then as many 0: a key's len bytes are the mask from KEY_BYTES - len on. */
static const unsigned char key_mask_bytes[2 * KEY_BYTES] = {
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
};

/* The n bytes at p (n < 8) as the first bytes of an integer, the others 0. */
static uint64_t
load_few_bytes(const char *p, size_t n)
{
	uint64_t	v = 0;

	memcpy(&v, p, n);
	return v;
}

/*
 * Integer w of the key of the len bytes at p (0 < len <= KEY_BYTES), of
 * which readable (at least len) bytes may be read, folded to lower case.
 */
static inline uint64_t
key_integer(const char *p, size_t len, size_t readable, size_t w)
{
	uint64_t	v;
	uint64_t	mask;

	if (8 * w >= len)
		return 0;
	v = 8 * w + 8 <= readable ? pa_word_load8(p + 8 * w) : load_few_bytes(p + 8 * w, len - 8 * w);
	mask = pa_word_load8((const char *) key_mask_bytes + KEY_BYTES - len + 8 * w);
	v &= mask;
	return v | pa_word_upper_bits(v);
}

/* The key of the len bytes at p (0 < len <= KEY_BYTES), of which readable (at least len) bytes may be read. */
static inline void
make_key(word_key *key, const char *p, size_t len, size_t readable)
{
	key->len = len;
	key->packed[0] = key_integer(p, len, readable, 0);
	key->packed[1] = key_integer(p, len, readable, 1);
	key->packed[2] = key_integer(p, len, readable, 2);
}

/* The first slot to probe for key. */
static inline size_t
key_slot(const word_key *key)
{
	uint64_t	h = key->packed[0] ^ (key->packed[1] * UINT64_C(0xbf58476d1ce4e5b9)) ^
		(key->packed[2] * UINT64_C(0x94d049bb133111eb)) ^ key->len;

	return (size_t) ((h * UINT64_C(0x9e3779b97f4a7c15)) >> (64 - SLOT_BITS));
}

/* Whether the full slot holds key (a word's later integers are read only when it is longer than eight bytes). */
static inline int
slot_holds(const word_slot *slot, const word_key *key)
{
	return slot->first == key->packed[0] && slot->len == key->len &&
		(key->len <= 8 || (word_keys[slot->word - 1].packed[1] == key->packed[1] &&
						   word_keys[slot->word - 1].packed[2] == key->packed[2]));
}

/* The slot holding key, or the empty slot where it goes. */
static inline size_t
probe(const word_key *key)
{
	size_t		mask = ((size_t) 1 << SLOT_BITS) - 1;
	size_t		s = key_slot(key);

	while (word_slots[s].word != 0 && !slot_holds(&word_slots[s], key))
		s = (s + 1) & mask;
	return s;
}

/* Fills the hash table (once: the core runs on one thread). */
static void
build_word_table(void)
{
	for (size_t k = 0; k < WORD_COUNT; k++)
	{
		size_t		len = strlen(words[k].word);
		size_t		s;

		make_key(&word_keys[k], words[k].word, len, len);
		s = probe(&word_keys[k]);
		if (word_slots[s].word == 0)
		{
			word_slots[s].first = word_keys[k].packed[0];
			word_slots[s].tags = words[k].tags;
			word_slots[s].len = (uint16_t) len;
			word_slots[s].word = (uint16_t) (k + 1);
		}
	}
	word_table_built = 1;
}

/* The tags of the word of len bytes at p (readable bytes may be read), any ASCII case; 0 when not listed. */
static uint32_t
word_tags(const char *p, size_t len, size_t readable)
{
	word_key	key;

	if (len == 0 || len > KEY_BYTES)
		return 0;
	make_key(&key, p, len, readable);
	return word_slots[probe(&key)].tags;	/* an empty slot's tags are 0 */
}

/*
 * The tags of token t of the text_len bytes of text, 0 when it is not a
 * word of the list (an abbreviation may keep its period: Sen., Gen.).
 */
static inline uint32_t
token_tags(const pa_token *t, const char *text, size_t text_len)
{
	size_t		len = t->end - t->start;
	const char *p = text + t->start;

	if (t->kind != PA_TOK_WORD || len == 0)
		return 0;
	if (p[len - 1] == '.')
		len--;
	return word_tags(p, len, text_len - t->start);
}

/* See quotes_internal.h. */
void
qx_tag_words(qx_context *ctx)
{
	const pa_token *tok = ctx->tok;
	const char *text = ctx->doc->text;
	size_t		text_len = ctx->doc->len;
	uint32_t   *tags = ctx->tags;
	uint32_t	ntok = ctx->ntok;

	if (!word_table_built)
		build_word_table();
	for (uint32_t i = 0; i < ntok; i++)
		tags[i] = token_tags(&tok[i], text, text_len);
}

/* See quotes_internal.h. */
int
qx_is_possessive(const qx_context *ctx, uint32_t i)
{
	return i < ctx->ntok && (qx_is_word(ctx, i, "'s") || qx_is_word(ctx, i, "\xe2\x80\x99s"));
}

/* See quotes_internal.h. */
int
qx_free_range(const qx_context *ctx, uint32_t a, uint32_t b)
{
	for (uint32_t i = a; i < b; i++)
		if (!qx_free(ctx, i))
			return 0;
	return 1;
}
