package org.newsgraph.extract.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.parse.ParseTree;
import org.newsgraph.model.Actor;
import org.newsgraph.model.ActorKind;
import org.newsgraph.model.Actors;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LinguisticAnnotation;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeValue;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.QuoteAttributor;

/**
 * Attribution over the dependency parse: direct quotes in quotation marks and indirect speech, with source, cue,
 * content, channel and reporting chain.
 *
 * <ul>
 *   <li>A cue is a verb that the {@link CueModel} takes for one (from its lemma, its complements, its subject and
 *       the quotation marks near it, and the sentences around it: {@link CueContext}), a noun it takes for one ("his
 *       claim that …", "criticism of …"), or {@code according to}.
 *   <li>The content of a verb cue is its clausal complement ({@code ccomp}, {@code xcomp}); else, when the cue is a
 *       parenthetical ({@code parataxis}: "X, he said"), the clause it interrupts; else its object, topic obliques
 *       and a prepositional clause ("called for reducing …"); else, when the parse gave it none of these, the clause
 *       around the cue phrase ("X, the senator said then, Y", "X, said Batchelder.", "charges that …") or, after a
 *       colon that closes the sentence, the next sentence. Text in quotation marks that the content overlaps is taken
 *       whole, so a quote over several sentences stays one quote. For {@code according to X}, the content is the
 *       clause X attaches to, less X. A raising verb ("seems to …") has no source; its subject is part of the
 *       content.
 *   <li>The source is the cue's subject with its whole phrase (appositions included), inherited from the governing
 *       verb for "…, saying …" and "… and said …"; for {@code according to X}, X. The speaker is the actor the
 *       actors stage links to the source's head word (pronouns and relative pronouns through their antecedent).
 *   <li>Text in quotation marks that no cue's content covers is a quote when its sentence has a cue (the nearest
 *       one speaks it) or when it is a whole sentence of six tokens or more; its speaker then is the speaker of the
 *       previous quote of the same or the previous paragraph. A name in quotation marks is not speech.
 *   <li>The channel is a prepositional phrase of the cue headed by a channel noun (tweet, interview, press
 *       conference, statement, video, …) or the media a cue "told"; a date phrase of the cue is added to it.
 *   <li>An {@code according to X} around another attribution puts X's actor in that quote's reporting chain.
 * </ul>
 *
 * <p>Cost: linear in tokens times the depth of the parse. Stateless after construction and thread-safe.
 */
public final class ParseQuoteAttributor implements QuoteAttributor {
  private static final Set<String> INHERIT_SUBJECT = Set.of("xcomp", "advcl", "conj");
  static final Set<String> CHANNEL_NOUNS = Set.of(
      "tweet", "tweets", "twitter", "facebook", "instagram", "post", "posting", "interview", "interviews",
      "conference", "briefing", "statement", "statements", "video", "speech", "remarks", "email", "letter",
      "television", "tv", "radio", "broadcast", "podcast", "op-ed", "column", "message", "blog", "website",
      "appearance", "show", "program", "programme", "rally", "hearing", "debate", "media", "press", "memo",
      "release", "sermon", "address", "telegram", "youtube");
  private static final Set<String> AUDIENCE_NOUNS = Set.of(
      "media", "reporters", "journalists", "press", "newspaper", "agency", "television", "radio", "channel",
      "outlet", "magazine", "network");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday");
  /** The months' names but "may", which is more often the verb. */
  private static final Set<String> MONTH_NAMES = Set.of("january", "february", "march", "april", "june", "july",
      "august", "september", "october", "november", "december");
  private static final Set<String> TIME_WORDS = union(WEEKDAYS, Set.of("today", "yesterday", "tonight", "week",
      "month", "morning", "evening", "night", "weekend", "earlier", "later"));
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
  private static final int STANDALONE_TOKENS = 6;
  /** Verbs whose passive subject is the one spoken to ("he was told that …"), not the speaker. */
  private static final Set<String> ADDRESSEE_PASSIVES = Set.of(
      "tell", "ask", "inform", "advise", "warn", "urge", "order", "instruct", "assure", "remind", "show", "promise");
  /**
   * Verbs whose subject receives the noun cue they take as object ("faced criticism of", "drew questions about"):
   * the subject of any other verb owns it ("made the claim that", "issued a warning that").
   */
  private static final Set<String> RECEIVING_VERBS = Set.of(
      "face", "receive", "draw", "get", "win", "enjoy", "attract", "earn", "garner", "meet", "hear", "field",
      "dodge", "deflect", "answer", "weather", "endure", "invite", "spark", "prompt", "provoke", "trigger");
  /** Possessive pronouns, with whether each is plural. */
  private static final Map<String, Boolean> POSSESSIVE_NUMBER =
      Map.of("his", false, "her", false, "its", false, "their", true);

  /** Whether a subject is plural: a plural noun or pronoun, or joined to another ("Smith and Jones"). */
  private static boolean plural(ParseTree tree, int subject) {
    String pos = tree.token(subject).pos() == null ? "" : tree.token(subject).pos();
    String word = tree.token(subject).word().toLowerCase(Locale.ROOT);
    return pos.equals("NNS") || pos.equals("NNPS") || word.equals("they") || word.equals("we")
        || tree.child(subject, "conj") >= 0;
  }

  /**
   * Prepositions by which a noun cue hangs on a verb whose subject holds it ("voted in support of", "clung to the hope
   * that", "argued with a warning that"); not those of time or circumstance ("left amid criticism of").
   */
  private static final Set<String> OWNER_PREPOSITIONS = Set.of("in", "with", "at", "to", "from");
  /**
   * Raising verbs: on PolNeAR train, 182 of 223 attributions cued by "seem" or "appear" have no source (the subject is
   * part of what seems so).
   */
  private static final Set<String> RAISING_VERBS = Set.of("seem", "appear");
  private static final Set<String> TOPIC_PREPOSITIONS = Set.of("for", "of", "about", "against", "on", "over", "to", "with", "as", "into", "at", "from", "by");
  private static final Set<String> NAMED_TOPIC_PREPOSITIONS = Set.of("of", "about", "against");

  private final CueModel model;
  /** The learned choice of a verb cue's source over the rules' pick; null to keep the rules' pick. */
  private final SourceRanker sources;
  /** The neighbourhood of the article being attributed; null in the stage itself, which makes one per article. */
  private final CueContext context;

  /** With the cue model and the source ranker shipped with newsgraph. */
  public ParseQuoteAttributor() {
    this(CueModel.load(), SourceRanker.load());
  }

  /**
   * With the shipped cue model that also reads word vectors ({@link CueModel#loadWithVectors}) and the shipped source
   * ranker: more accurate, slower (README).
   */
  public static ParseQuoteAttributor withWordVectors() {
    return new ParseQuoteAttributor(CueModel.loadWithVectors(), SourceRanker.load());
  }

  /** With a cue model, the rules choosing each verb cue's source. */
  public ParseQuoteAttributor(CueModel model) {
    this(model, null, null);
  }

  /** With a cue model and a source ranker that chooses each verb cue's source (null: the rules choose). */
  public ParseQuoteAttributor(CueModel model, SourceRanker sources) {
    this(model, sources, null);
  }

  private ParseQuoteAttributor(CueModel model, SourceRanker sources, CueContext context) {
    this.model = java.util.Objects.requireNonNull(model, "model");
    this.sources = sources;
    this.context = context;
  }

  /** One attribution being built: character spans, and the tree it came from. */
  private static final class Found {
    final int sentence;
    final int cueToken;
    Span cue;
    Span source;
    String speakerId;
    final List<Span> content = new ArrayList<>();
    boolean direct;
    String channel;
    final List<String> reportedBy = new ArrayList<>();
    boolean according;
    boolean chained;
    boolean noun;
    /** A cue whose sentence ends with a colon right after it: its content is the next sentence. */
    boolean colonEnd;

    Found(int sentence, int cueToken) {
      this.sentence = sentence;
      this.cueToken = cueToken;
    }

    int start() {
      return content.get(0).start();
    }

    int end() {
      return content.get(content.size() - 1).end();
    }
  }

  @Override
  public List<Quote> attribute(Article article, LinguisticAnnotation annotation, Actors actors) {
    if (context == null) {
      // the cue model reads the sentences around each one: a stage of this article's context does the work
      return new ParseQuoteAttributor(model, sources, CueContext.of(annotation.sentences()))
          .attribute(article, annotation, actors);
    }
    String text = article.text();
    List<Span> quotations = new ArrayList<>();
    List<Span> names = new ArrayList<>();
    for (Span q : QuotationMarks.find(text)) {
      (isName(q, annotation) ? names : quotations).add(q);
    }
    List<Found> found = new ArrayList<>();
    List<Found> cuesWithoutContent = new ArrayList<>();
    List<Sentence> sentences = annotation.sentences();
    for (int si = 0; si < sentences.size(); si++) {
      Sentence sentence = sentences.get(si);
      ParseTree tree = new ParseTree(sentence);
      List<Found> here = new ArrayList<>();
      for (int i = 0; i < tree.size(); i++) {
        Token t = tree.token(i);
        if (insideAny(t.start(), t.end(), quotations)) {
          continue;
        }
        Found f = null;
        if (isAccording(tree, i)) {
          f = according(text, tree, i, actors);
        } else if (isCueVerb(tree, i)) {
          f = CueFeatures.isNounCandidate(tree, i) ? nounCue(text, tree, i, actors) : verbCue(text, tree, i, actors);
        }
        if (f == null) {
          continue;
        }
        int next = si + 1;
        if (f.content.isEmpty() && f.colonEnd && next < sentences.size()
            && sentences.get(next).start() >= sentence.end()) {
          Sentence said = sentences.get(next);
          f.content.add(Span.of(text, said.start(), said.end()));
        }
        if (f.content.isEmpty()) {
          cuesWithoutContent.add(f);
        } else {
          here.add(f);
        }
      }
      Found headline = colonHeadline(text, tree, actors);
      if (headline != null) {
        here.add(headline);
      }
      chain(here, actors);
      dropNested(here);
      found.addAll(here);
    }
    for (Found f : found) {
      widenToQuotations(text, f, quotations);
      nameBeforeContent(text, f, names, actors);
    }
    dashBylines(text, annotation, quotations, found, actors);
    attachQuotations(text, annotation, quotations, found, cuesWithoutContent);
    joinParagraphs(text, quotations, found);
    found.sort(Comparator.comparingInt(Found::start));
    List<Quote> quotes = new ArrayList<>();
    for (Found f : found) {
      if (f.channel == null && f.speakerId != null && isReport(f)) {
        Actor a = actors.byId(f.speakerId);
        if (a != null && a.kind() == ActorKind.MEDIA) {
          f.channel = "report";
        }
      }
      Span cue = f.cue;
      if (cue != null && !f.noun && !f.according && f.sentence < sentences.size()) {
        cue = cuePhrase(text, new ParseTree(sentences.get(f.sentence)), f);
      }
      quotes.add(new Quote(f.content, f.direct, f.speakerId, f.source, cue, f.channel, f.reportedBy));
    }
    return quotes;
  }

  /** Relations of a cue's dependents right before it that PolNeAR takes into the cue ("has been critical"). */
  private static final Set<String> CUE_AUXILIARIES = Set.of("aux", "aux:pass", "cop", "neg");

  /**
   * Adverbs right before a cue that PolNeAR leaves out of it (question words, linking adverbs, and those it takes as
   * often out as in); other adverbs there are in ("also said", "repeatedly denied").
   */
  private static final Set<String> ADVERBS_OUTSIDE_CUE = Set.of("when", "where", "why", "how", "however", "meanwhile",
      "instead", "then", "so", "even", "only", "thus", "therefore", "nevertheless", "nonetheless", "though", "too");

  /** Prepositions that PolNeAR takes into the cue when they open a phrase of it right after it ("called for"). */
  private static final Set<String> CUE_PREPOSITIONS = Set.of("about", "for", "to", "on", "of", "with", "against",
      "over", "as");

  /** Media something is said on ("on Twitter", "on her Facebook page"), which stay out of the cue. */
  private static final Set<String> MEDIA = Set.of("twitter", "facebook", "instagram", "youtube", "tiktok",
      "television", "tv", "radio", "air", "camera", "website", "blog", "page", "podcast", "network", "channel");

  private static final Set<String> MONTHS =
      union(MONTH_NAMES, Set.of("may", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec."));

  /**
   * The cue as PolNeAR marks it: a one-word verb or adjective cue with its auxiliaries, negation and adverbs right
   * before it, and a particle, fixed word, weekday or the preposition opening its topic phrase right after it. PolNeAR
   * train (heads of gold cues): an auxiliary right before is in 2,148 times and out 81, a passive one 649 to 28, a
   * copula 266 to 11, "also" 277 to 15, "not" 157 to 8; a particle right after is in 248 times and out 3, a fixed word
   * 387 to 0, a weekday 68 to 46; a topic preposition after a verb, e.g. "for" 171 to 27, "about" 121 to 19, "to"
   * 192 to 102, and after an adjective 78 to 5, while "by", "in", "at", "during" and "from" are mostly out. Words
   * in the source or the content stay out. The rest of the attribution is found with the one-word cue.
   */
  static Span cuePhrase(String text, ParseTree tree, Found f) {
    int verb = f.cueToken;
    if (verb < 0 || verb >= tree.size() || tree.token(verb).start() != f.cue.start()
        || tree.token(verb).end() != f.cue.end()) {
      return f.cue;
    }
    int first = verb;
    while (first > 0 && tree.head(first - 1) == verb && beforeCue(tree, first - 1) && free(f, tree, first - 1)) {
      first--;
    }
    int last = verb;
    int next = verb + 1;
    if (next < tree.size() && afterCue(tree, verb, next) && free(f, tree, next)) {
      last = next;
    }
    return tokens(text, tree, first, last);
  }

  private static boolean beforeCue(ParseTree tree, int i) {
    String rel = tree.relation(i);
    return CUE_AUXILIARIES.contains(rel)
        || rel.equals("advmod") && !ADVERBS_OUTSIDE_CUE.contains(tree.token(i).word().toLowerCase(Locale.ROOT));
  }

  private static boolean afterCue(ParseTree tree, int verb, int i) {
    String rel = tree.relation(i);
    String word = tree.token(i).word().toLowerCase(Locale.ROOT);
    if (tree.head(i) == verb) {
      return rel.equals("compound:prt") || rel.equals("fixed") || rel.equals("obl:tmod") && WEEKDAYS.contains(word);
    }
    int phrase = tree.head(i);
    return rel.equals("case") && phrase > i && tree.head(phrase) == verb && tree.relation(phrase).equals("obl")
        && CUE_PREPOSITIONS.contains(word) && !isTime(tree, phrase)
        && !(word.equals("on") && isMedium(tree.token(phrase)));
  }

  /**
   * Where something was said rather than what about ("said on Twitter", "wrote on her Facebook page", "said on
   * CNN"): PolNeAR train leaves "on" out of the cue before such a medium (about 20 times, none in), while "on" before
   * a topic is in ("commented on the deal").
   */
  private static boolean isMedium(Token head) {
    return MEDIA.contains(head.word().toLowerCase(Locale.ROOT)) || head.ner() == EntityType.ORGANIZATION;
  }

  /** Whether a phrase is a date or a time ("on Monday", "on March 3", "on the 5th"), which stays out of the cue. */
  private static boolean isTime(ParseTree tree, int phrase) {
    Token head = tree.token(phrase);
    EntityType ner = head.ner();
    String word = head.word().toLowerCase(Locale.ROOT);
    if (ner == EntityType.DATE || ner == EntityType.TIME || ner == EntityType.DURATION || ner == EntityType.SET
        || WEEKDAYS.contains(word) || MONTHS.contains(word) || "CD".equals(head.pos())) {
      return true;
    }
    for (int c : tree.children(phrase)) {
      if ("CD".equals(tree.token(c).pos()) || MONTHS.contains(tree.token(c).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} lies outside the attribution's source and content. */
  private static boolean free(Found f, ParseTree tree, int i) {
    Token t = tree.token(i);
    Span s = new Span(t.start(), t.end(), t.word());
    if (f.source != null && f.source.overlaps(s)) {
      return false;
    }
    for (Span c : f.content) {
      if (c.overlaps(s)) {
        return false;
      }
    }
    return true;
  }

  /** {@inheritDoc} The date is the time expression the cue governs ({@link StatementDates}). */
  @Override
  public List<Quote> attribute(
      Article article, LinguisticAnnotation annotation, Actors actors, List<TimeValue> times) {
    return StatementDates.date(attribute(article, annotation, actors), annotation, times);
  }

  private static boolean isReport(Found f) {
    if (f.cue == null) {
      return false;
    }
    String c = f.cue.text().toLowerCase(Locale.ROOT);
    return c.startsWith("report") || c.startsWith("writ") || c.startsWith("wrote") || c.startsWith("publish");
  }

  private boolean isCueVerb(ParseTree tree, int i) {
    return model.isCue(tree, i, context == null ? CueContext.NONE : context);
  }

  private static boolean isAccording(ParseTree tree, int i) {
    return tree.token(i).word().equalsIgnoreCase("according") && i + 1 < tree.size()
        && tree.token(i + 1).word().equalsIgnoreCase("to");
  }

  /**
   * What a verb cue reports, found before its source: the content's first and last token (null when the parse gives
   * none), the clausal complement (-1 for none), whether the cue is a marker of the clause it introduces ("…, saying
   * the meetings did nothing"), whether it takes its own object as content ("…, citing the attack"), the topic of a
   * passive cue ("criticized by the union as a threat") and whether a colon closes the sentence right after it.
   */
  private record VerbContent(int[] content, int clause, boolean marker, boolean ownObject, int[] passiveTopic,
      boolean colonEnd) {}

  private static VerbContent verbContent(ParseTree tree, int verb) {
    int[] content = null;
    boolean colonEnd = false;
    int[] objectContent;
    boolean ownObject = false;
    int[] passiveTopic = null;
    int c = clause(tree, verb);
    boolean marker = tree.relation(verb).equals("mark") && tree.head(verb) > verb;
    if (marker) {
      // "…, saying the meetings did nothing": the parser makes "saying" a marker of the clause it introduces
      content = new int[] {verb + 1, tree.extent(tree.head(verb))[1]};
    } else if (c >= 0 && (content = fronted(tree, verb)) != null && tree.extent(c)[0] < content[1]) {
      // "In 1988, he “wrapped himself in the mantle,” Lichtman said.": all that precedes the source
    } else if (c >= 0) {
      content = tree.extent(c);
    } else if (isLoose(tree, verb) && hasObject(tree, verb) && trailingSource(tree, verb) == null
        && (objectContent = complements(tree, verb)) != null) {
      // "…, citing the attack", "Ken Starr praises, laments Bill Clinton's legacy": a loose cue with an object of its
      // own says what it takes, not the clause it hangs on; the object is not who speaks
      content = objectContent;
      ownObject = true;
    } else if (isLoose(tree, verb)) {
      // "X, he said, Y", and "X, said one GOP source." parsed with the cue as a loose dependent of X
      content = tree.extentWithout(tree.head(verb), verb);
      content = before(tree, content, verb);
    } else if (subject(tree, verb) < 0 && trailingSource(tree, verb) != null) {
      // "…, noted NBC's Dante Chinni.": the speaker parsed as the cue's object; the clause before it, below
    } else if ((content = passiveSubject(tree, verb)) != null) {
      // "News of the move was first reported by the Miami Herald", "Clinton's attacks were echoed by her campaign":
      // what a passive cue without a clause reports is its subject, with its topic phrase ("The plan was criticized
      // by the union as a threat to jobs")
      passiveTopic = complements(tree, verb);
    } else if ((objectContent = complements(tree, verb)) != null) {
      // "accused him of lying", "called for her ouster", "said the same thing": the object and what follows it (on
      // PolNeAR train, five-fold cross-validation of the stage finds content and source F1 no worse and speaker
      // accuracy 0.016 higher when every cue takes its object than when only the likelier ones do)
      content = objectContent;
    } else if ((content = afterScene(tree, verb)) != null) {
      // "In the end, Sanders voted in support of the bill": the words before the subject set the scene; what the cue
      // takes follows it
    } else if ((content = fronted(tree, verb)) != null) {
      // "X, Biden said." parsed without a clausal complement: the words before the subject
    } else {
      int colon = verb + 1;
      while (colon < tree.size() && colon <= verb + 3 && !tree.token(colon).word().equals(":")) {
        colon++;
      }
      if (colon < tree.size() && colon <= verb + 3 && colon + 1 < tree.size()) {
        content = new int[] {colon + 1, tree.size() - 1};
      } else if (colon == tree.size() - 1 && tree.token(colon).word().equals(":")) {
        // "Limbaugh added:" closing its sentence: what follows is the next sentence (the caller takes it)
        colonEnd = true;
      }
    }
    return new VerbContent(content, c, marker, ownObject, passiveTopic, colonEnd);
  }

  /**
   * The rules' choice of a verb cue's source: its head word and first and last token (head -1 and extent null for
   * none), and for a raising verb ("Melania seems to have vanished"), which PolNeAR gives no source, the subject it
   * takes into the content instead.
   */
  private record RuleSource(int head, int[] extent, int[] raised) {}

  /** The rule cascade that picks a verb cue's source (subject, agent, inverted subject, name before or after it). */
  private RuleSource verbCueSource(String text, ParseTree tree, int verb, VerbContent v) {
    int subject = v.marker() ? governorSubject(tree, tree.head(verb)) : subjectOf(tree, verb);
    if (subject >= 0 && !v.marker() && isQuotation(text, tree, subject, verb)) {
      // "“Now he's a national figure,” said Kunin.": the parse made the quotation the subject
      subject = -1;
    }
    if (subject < 0 && !v.marker()) {
      subject = agent(tree, verb);
    }
    if (subject < 0 && !v.marker() && !v.ownObject()) {
      subject = invertedSubject(tree, verb);
    }
    int[] sourceExt = null;
    int[] interposed = v.marker() ? null : interposedName(tree, verb, subject);
    if (interposed != null) {
      sourceExt = interposed;
      subject = interposed[1];
    } else if (subject >= 0) {
      sourceExt = withParticiple(tree, verb, subject, sourceExtent(tree, subject, verb));
    } else if (!v.marker() && (sourceExt = precedingName(tree, verb)) != null) {
      subject = sourceExt[1];
    }
    if (sourceExt != null && isTimeSource(tree, subject, sourceExt)) {
      // "the atmosphere in the talks held on Saturday and Sunday indicated …": a date is never the speaker
      int[] whole = beforeTime(tree, sourceExt);
      whole = whole == null ? splitSubject(tree, verb, sourceExt) : whole;
      subject = whole == null ? -1 : whole[2];
      sourceExt = whole == null ? null : new int[] {whole[0], whole[1]};
    }
    if (v.content() != null && v.clause() >= 0 && sourceExt != null && sourceExt[1] < verb
        && RAISING_VERBS.contains(lemma(tree.token(verb)))) {
      // "Melania seems to have vanished": PolNeAR gives such a cue no source and takes its subject into the content
      return new RuleSource(-1, null, sourceExt);
    }
    if (v.content() == null && !v.marker() && subject < 0) {
      // the parse gave a likely cue no clause ("…, said Batchelder."): a name after it, parsed as its object
      int[] trailing = trailingSource(tree, verb);
      if (trailing != null) {
        return new RuleSource(tree.top(trailing[0], trailing[1]), trailing, null);
      }
    }
    if (subject < 0 && !v.marker() && isFinite(tree, verb)) {
      // "… than Mr. Trump - 60 percent of voters said Mrs. Clinton …" parsed with the phrase hung on the words before
      // it: a finite cue has a subject, and the noun phrase right before it is the one
      int[] before = nounPhraseBefore(tree, verb);
      if (before != null) {
        return new RuleSource(before[1], before, null);
      }
    }
    return new RuleSource(subject, sourceExt, null);
  }

  /**
   * "The report published Tuesday showed …", "People briefed on the talks say …" parsed with the participle as the
   * main verb and the cue hung on it, "Analysts involved in the talks assumed …" with the participle as the cue's
   * clause subject: PolNeAR's source is the noun with its participle phrase, up to the cue. The source's extent
   * {@code ext} of head {@code subject} so widened, or {@code ext} when the parse is not of that shape.
   */
  private static int[] withParticiple(ParseTree tree, int verb, int subject, int[] ext) {
    int participle = tree.head(subject);
    if (participle < 0 || participle <= subject || participle >= verb) {
      return ext;
    }
    String pos = tree.token(participle).pos();
    int last;
    if (tree.head(verb) == participle && tree.relation(verb).equals("dep") && participle == subject + 1
        && "VBN".equals(pos)) {
      last = tree.extent(verb)[0] - 1;
    } else if (tree.head(participle) == verb && tree.relation(participle).equals("csubj") && "VBN".equals(pos)) {
      last = tree.extent(participle)[1];
    } else {
      return ext;
    }
    return last > ext[1] ? new int[] {ext[0], last} : ext;
  }

  /** Tags of the words of a plain noun phrase ("60 percent of voters", "most voters", "the Wisconsin Republican"). */
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NN", "NNS", "NNP", "NNPS", "CD", "DT", "JJ", "JJS",
      "JJR", "PRP", "PRP$", "POS");

  /**
   * The plain noun phrase that ends right before {@code verb} (an adverb between them stays out: "voters also
   * said"), opening the sentence or after a punctuation mark or a conjunction; its first and last token, or null.
   * Held-out on PolNeAR train, a phrase after any other word (a verb, a preposition) costs more source precision
   * than it brings.
   */
  private static int[] nounPhraseBefore(ParseTree tree, int verb) {
    int last = verb - 1;
    while (last >= 0 && "RB".equals(tree.token(last).pos())) {
      last--;
    }
    if (last < 0 || tree.token(last).pos() == null || !(tree.token(last).pos().startsWith("NN")
        || tree.token(last).pos().equals("PRP"))) {
      return null;
    }
    int first = last;
    while (first - 1 >= 0 && tree.token(first - 1).pos() != null
        && (NOUN_PHRASE_TAGS.contains(tree.token(first - 1).pos()) || tree.token(first - 1).word().equalsIgnoreCase("of"))) {
      first--;
    }
    while (first < last && !NOUN_PHRASE_TAGS.contains(tree.token(first).pos())) {
      first++;
    }
    boolean bounded = first == 0 || tree.isPunctuation(first - 1) || "CC".equals(tree.token(first - 1).pos());
    return bounded ? new int[] {first, last} : null;
  }

  /**
   * Verb {@code verb} of a sentence as the source ranker sees it when it is a cue, with the rules' pick of its source
   * ({@link SourceRanker#NONE} for none, and for a raising verb, which keeps the rules' choice); for training the
   * ranker on any verb of a gold cue.
   */
  public SourceRanker.Cue sourceCue(String text, ParseTree tree, int verb) {
    VerbContent v = verbContent(tree, verb);
    RuleSource rules = verbCueSource(text, tree, verb, v);
    return new SourceRanker.Cue(tree, verb, rules.raised() != null ? SourceRanker.NONE : rules.head(), v.content(),
        v.ownObject());
  }

  private Found verbCue(String text, ParseTree tree, int verb, Actors actors) {
    Found f = new Found(tree.sentence().index(), verb);
    f.cue = tokens(text, tree, verb, verb);
    VerbContent v = verbContent(tree, verb);
    f.colonEnd = v.colonEnd();
    boolean marker = v.marker();
    int[] content = v.content();
    int[] passiveTopic = v.passiveTopic();
    RuleSource rules = verbCueSource(text, tree, verb, v);
    int subject = rules.head();
    int[] sourceExt = rules.extent();
    boolean raising = rules.raised() != null;
    if (raising) {
      // "Melania seems to have vanished": PolNeAR gives such a cue no source and takes its subject into the content
      content = new int[] {rules.raised()[0], Math.max(content[1], verb)};
    } else if (sources != null) {
      // the learned ranker may pick a word outside the rules' phrase, or none, or a word inside it that is not its
      // head ("footage of Hillary Clinton": Hillary); a word over the rules' head ("Joe" of the rules' "Joe Biden")
      // keeps the rules' phrase
      int chosen = sources.choose(new SourceRanker.Cue(tree, verb, subject, content, v.ownObject()));
      if (chosen >= 0 && isTime(tree, chosen, chosen)) {
        // "the atmosphere in the talks held on Saturday and Sunday indicated": a date is never the speaker
        chosen = subject;
      }
      if (chosen < 0 ? subject >= 0 : sourceExt == null || chosen < sourceExt[0] || chosen > sourceExt[1]
          || !tree.dominates(chosen, subject)) {
        subject = chosen;
        sourceExt = chosen < 0 ? null : sourceExtent(tree, chosen, verb);
      }
    }
    List<int[]> pieces = null;
    if (content == null && !marker) {
      // the parse gave a likely cue no clause ("The truth, the senator said then, was that …", "…, said Batchelder.",
      // "Trump charges that …" parsed with "that" as object): the clause around the cue phrase
      pieces = aroundCue(tree, verb, sourceExt);
      content = pieces == null ? hostClause(tree, verb) : null;
    }
    if (subject >= 0) {
      f.source = sourcePhrase(text, tree, sourceExt[0], sourceExt[1]);
      f.speakerId = speaker(tree, subject, f.source, actors);
    }
    if (pieces != null) {
      for (int[] piece : pieces) {
        Span span = trimmed(text, tree, piece[0], piece[1]);
        if (span != null) {
          f.content.add(span);
        }
      }
    }
    if (content != null && !raising) {
      content = outside(content, verb, verb);
      if (content != null && sourceExt != null) {
        content = outside(content, sourceExt[0], sourceExt[1]);
      }
    }
    if (content != null) {
      Span span = trimmed(text, tree, content[0], content[1]);
      if (span != null) {
        f.content.add(span);
      }
    }
    if (passiveTopic != null && sourceExt != null) {
      passiveTopic = outside(passiveTopic, sourceExt[0], sourceExt[1]);
    }
    if (passiveTopic != null && passiveTopic[0] > verb) {
      Span span = trimmed(text, tree, passiveTopic[0], passiveTopic[1]);
      if (span != null) {
        f.content.add(span);
      }
    }
    f.channel = channel(text, tree, verb);
    return f;
  }

  /**
   * The clause a cue takes: its clausal complement, else its infinitive. Of two clausal complements, one before the
   * cue without a subject of its own and one after it, the one after: "As improbable as it may seem, Mr. Clarke said
   * the deal had played to his advantage" parsed with the fronted phrase as a complement of "said"; also, unquoted,
   * with a subject the cue lacks: "Mark Tolley, an expert who has studied the attacks reported so far, said he saw no
   * evidence" parsed with the speaker's phrase as a clause of its own.
   */
  private static int clause(ParseTree tree, int verb) {
    int c = tree.child(verb, "ccomp");
    if (c < 0) {
      c = tree.child(verb, "xcomp");
      return c >= 0 ? c : unlabelledClause(tree, verb);
    }
    if (c < verb && (subject(tree, c) < 0 || subject(tree, verb) < 0 && !opensWithMark(tree, c))) {
      for (int k : tree.children(verb)) {
        if (k > verb && tree.relation(k).equals("ccomp")) {
          return k;
        }
      }
    }
    return c;
  }

  /**
   * "Ted Cruz's associates insist he's returning to the Senate" parsed with the clause as an unlabelled dependent of
   * the cue (the parser took "'s" for a possessive), "Whitman told The Star-Ledger last week she would rather vote for
   * Clinton" with the clause as a loose one ({@code parataxis}; not across punctuation, "X said, she …": held-out on
   * PolNeAR train, those cost more content than they bring): a verb after the cue with a subject of its own between
   * them is what the cue reports; or -1.
   */
  private static int unlabelledClause(ParseTree tree, int verb) {
    for (int c : tree.children(verb)) {
      String pos = tree.token(c).pos();
      String rel = tree.relation(c);
      if (c > verb && (rel.equals("dep") || rel.equals("parataxis")) && pos != null && pos.startsWith("VB")) {
        int s = subject(tree, c);
        s = s >= 0 ? s : tree.child(c, "nsubj:pass");
        if (rel.equals("parataxis") && (s < 0 || punctuationBetween(tree, verb, s))) {
          continue;
        }
        return s > verb && s < c ? c : -1;
      }
    }
    return -1;
  }

  private static boolean punctuationBetween(ParseTree tree, int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (tree.isPunctuation(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "He said there were a million tweets" parsed with the cue as the clausal subject of "were", "As Clyburn noted,
   * those voters will give …" with the cue an "as"-clause of what it reports, "when Clinton said she would debate …"
   * with the cue an adverbial clause of the verb whose subject follows it: a cue that the parse gave nothing of its
   * own to report and hung on the clause it reports; that clause less the cue's phrase (the side with more tokens), or
   * null. Not for a cue the parse hangs on a clause in other ways (an unlabelled dependent, a clausal complement):
   * held-out on PolNeAR train, those cost more content and source precision than they bring recall.
   */
  private static int[] hostClause(ParseTree tree, int verb) {
    int head = tree.head(verb);
    if (head < 0) {
      return null;
    }
    String rel = tree.relation(verb);
    String pos = tree.token(head).pos();
    boolean clause = pos != null && pos.startsWith("VB") || tree.child(head, "cop") >= 0;
    int mark = tree.child(verb, "mark");
    boolean as = rel.equals("advcl") && mark >= 0 && mark < verb && tree.token(mark).word().equalsIgnoreCase("as");
    boolean inverted = rel.equals("advcl") && head > verb && subject(tree, head) == verb + 1;
    if (!clause || !(rel.equals("csubj") || as || inverted)) {
      return null;
    }
    return before(tree, tree.extentWithout(head, verb), verb);
  }

  /** Whether the extent of {@code c} opens with a quotation mark, or right after one. */
  private static boolean opensWithMark(ParseTree tree, int c) {
    int first = tree.extent(c)[0];
    return isMark(tree.token(first).word()) || first > 0 && isMark(tree.token(first - 1).word());
  }

  /** A cue the parse hangs loosely on another clause ("X, he said, Y", "X, said one GOP source."). */
  private static boolean isLoose(ParseTree tree, int verb) {
    return tree.relation(verb).equals("parataxis") && tree.head(verb) >= 0 || isParenthetical(tree, verb);
  }

  /** Whether the cue has a direct object after it. */
  private static boolean hasObject(ParseTree tree, int verb) {
    for (int c : tree.children(verb)) {
      if (c > verb && tree.relation(c).equals("obj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a subject before its cue is a quotation, or a quotation mark: its phrase opens with a mark (or right
   * after one) and a mark closes it right before the cue.
   */
  private static boolean isQuotation(String text, ParseTree tree, int subject, int verb) {
    if (isMark(tree.token(subject).word())) {
      return true;
    }
    int[] ext = tree.extent(subject);
    if (ext[1] >= verb) {
      return false;
    }
    boolean opened = opens(text, tree.token(ext[0])) || ext[0] > 0 && opens(text, tree.token(ext[0] - 1));
    boolean closed = false;
    for (int i = ext[1]; i < verb; i++) {
      closed |= isMark(tree.token(i).word());
    }
    return opened && closed;
  }

  /**
   * "was criticized by the union", "when asked by a reporter": the "by"-phrase of a passive participle is who speaks
   * (PolNeAR train: 168 of 195 gold cues of that shape); its head, or -1.
   */
  private static int agent(ParseTree tree, int verb) {
    if (!"VBN".equals(tree.token(verb).pos())) {
      return -1;
    }
    for (int c : tree.children(verb)) {
      if (c > verb && tree.relation(c).startsWith("obl") && caseWord(tree, c).equals("by")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The phrase of a passive participle's subject before it, when that subject is not who holds or says something
   * ({@link #subject}) nor the one spoken to ("he was told"); or null. PolNeAR train: gold cues "be" + participle
   * have their content before the cue 101 times (the subject), after it 55 (mostly a clause, which comes first here).
   */
  private static int[] passiveSubject(ParseTree tree, int verb) {
    if (!"VBN".equals(tree.token(verb).pos()) || subject(tree, verb) >= 0
        || ADDRESSEE_PASSIVES.contains(lemma(tree.token(verb)))) {
      return null;
    }
    int s = tree.child(verb, "nsubj:pass");
    return s >= 0 && s < verb ? tree.extent(s) : null;
  }

  /** Words that open a clause a cue takes without a comma ("charges that …", "has not said when …"). */
  private static final Set<String> CLAUSE_OPENERS = Set.of(
      "that", "whether", "if", "when", "why", "how", "what", "who", "where", "which");
  /** At most this many tokens of the cue phrase after the cue before the comma that ends it ("said then,"). */
  private static final int CUE_TAIL = 5;

  /**
   * The clause around a cue phrase (source and cue, with the auxiliaries and adverbs between them) that the parse did
   * not give the cue: the words before the comma that precedes the phrase, and the words after the comma that closes
   * it ("X, he said, Y": both; "X, said Y.": X), or, with no comma after the phrase, a clause that follows it right
   * away ("charges that …"); null when there is none.
   */
  private static List<int[]> aroundCue(ParseTree tree, int verb, int[] sourceExt) {
    int lo = verb;
    int hi = verb;
    if (sourceExt != null) {
      lo = Math.min(lo, sourceExt[0]);
      hi = Math.max(hi, sourceExt[1]);
    }
    int last = tree.size() - 1;
    while (last > hi && tree.isPunctuation(last) && !isMark(tree.token(last).word())) {
      last--;
    }
    List<int[]> pieces = new ArrayList<>();
    int k = lo - 1;
    while (k >= 0 && isMark(tree.token(k).word())) {
      k--;
    }
    boolean quotation = k < lo - 1;
    if (k >= 2 && (tree.token(k).word().equals(",") || quotation)) {
      // "X, he said": the words before the comma; "“X!” he said": the quotation
      pieces.add(new int[] {0, tree.token(k).word().equals(",") ? k - 1 : k});
    }
    int comma = -1;
    for (int j = hi + 1; j <= Math.min(last, hi + CUE_TAIL + 1); j++) {
      if (tree.token(j).word().equals(",")) {
        comma = j;
        break;
      }
      if (tree.isPunctuation(j) || !tree.dominates(verb, j) || tree.token(j).pos() != null
          && tree.token(j).pos().startsWith("VB")) {
        break;
      }
    }
    if (comma >= 0 && comma + 2 <= last && !pieces.isEmpty()) {
      pieces.add(new int[] {comma + 1, last});
    } else if (comma < 0 && !pieces.isEmpty() && !quotation && hi + 3 <= last && opensTaken(tree, verb, hi + 1)) {
      // "After their appearance, Trump questioned why …", "Under federal law, agents must declare if …": the words
      // before the comma set the scene; what the cue takes follows it (but "“…,” Ms. Wahl told the audience.": a
      // quotation before the cue phrase is what it takes, and the object after it is who heard it)
      pieces.clear();
      pieces.add(new int[] {hi + 1, last});
    } else if (pieces.isEmpty() && hi + 2 <= last
        && CLAUSE_OPENERS.contains(tree.token(hi + 1).word().toLowerCase(Locale.ROOT))) {
      pieces.add(new int[] {hi + 1, last});
    }
    return pieces.isEmpty() ? null : pieces;
  }

  /**
   * Whether token {@code i} right after a cue phrase opens what the cue takes: a clause opener or a quotation mark,
   * or a word the cue governs that is not a preposition, an adverb or punctuation ("said in a statement" is not).
   */
  private static boolean opensTaken(ParseTree tree, int verb, int i) {
    Token t = tree.token(i);
    if (CLAUSE_OPENERS.contains(t.word().toLowerCase(Locale.ROOT)) || isMark(t.word())) {
      return true;
    }
    String pos = t.pos();
    return tree.dominates(verb, i) && !tree.isPunctuation(i) && pos != null && !pos.equals("IN")
        && !pos.startsWith("RB") && !isTime(tree, i, i);
  }

  /**
   * "…, said Batchelder.", "…, noted NBC's Dante Chinni.": a cue after a comma with no subject, followed by nothing
   * but a short noun phrase to the end of the sentence; the phrase's first and last token, or null.
   */
  private static int[] trailingSource(ParseTree tree, int verb) {
    if (!afterComma(tree, verb) || "VBG".equals(tree.token(verb).pos())) {
      // "…, recalling a visit by his father": a participle is followed by what it takes, not by who speaks
      return null;
    }
    int last = tree.size() - 1;
    while (last > verb && tree.isPunctuation(last)) {
      last--;
    }
    if (last <= verb || last - verb > 8) {
      return null;
    }
    boolean noun = false;
    for (int j = verb + 1; j <= last; j++) {
      String pos = tree.token(j).pos();
      if (pos == null || pos.startsWith("VB") || pos.equals("MD") || tree.isPunctuation(j)) {
        return null;
      }
      noun |= pos.startsWith("NN") || pos.equals("PRP");
    }
    return noun ? new int[] {verb + 1, last} : null;
  }

  /** Days, months and parts of a day or year: the words that name when something was said. */
  private static final Set<String> WHEN_WORDS = union(WEEKDAYS, MONTH_NAMES, Set.of("morning", "afternoon",
      "evening", "night", "today", "yesterday", "tonight", "week", "weekend", "month", "year"));

  /** Prepositions that set a time of saying ("on Tuesday", "in March"); "the end of the year" is a thing. */
  private static final Set<String> TIME_PREPOSITIONS = Set.of("on", "in", "at", "during");

  /** Words that may go with a time word in a phrase of time ("last week", "Saturday night", "Oct. 3"). */
  private static final Set<String> TIME_COMPANIONS = Set.of("last", "this", "next", "early", "late", "earlier",
      "the", "'s", "’s");

  /**
   * Whether the tokens {@code first..last} name a time and nothing else: a date or time entity, or time words with
   * numbers and their companions, at least one a time word.
   */
  private static boolean isTime(ParseTree tree, int first, int last) {
    boolean time = false;
    for (int i = first; i <= last; i++) {
      Token t = tree.token(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      boolean word = WHEN_WORDS.contains(w) || t.ner() == EntityType.DATE || t.ner() == EntityType.TIME;
      if (!word && !TIME_COMPANIONS.contains(w) && !"CD".equals(t.pos())) {
        return false;
      }
      time |= word;
    }
    return time;
  }

  /** Whether a source phrase names a time and nothing else, its head a day, a month, a part of a day or a date. */
  private static boolean isTimeSource(ParseTree tree, int head, int[] ext) {
    Token h = tree.token(head);
    boolean when = WHEN_WORDS.contains(h.word().toLowerCase(Locale.ROOT)) || h.ner() == EntityType.DATE
        || h.ner() == EntityType.TIME;
    return when && isTime(tree, ext[0], ext[1]);
  }

  /**
   * "one last week saying …" parsed with the time as the head: the words before the time phrase, when one of them is a
   * noun, pronoun or number (the last such is the head, third element); or null.
   */
  private static int[] beforeTime(ParseTree tree, int[] ext) {
    int first = ext[1];
    while (first - 1 >= ext[0] && !"CD".equals(tree.token(first - 1).pos()) && isTime(tree, first - 1, ext[1])) {
      first--;
    }
    while (first <= ext[1] && !isTime(tree, first, ext[1])) {
      first++;
    }
    for (int i = first - 1; i >= ext[0]; i--) {
      String pos = tree.token(i).pos();
      if (pos != null && (pos.startsWith("NN") || pos.equals("PRP") || pos.equals("CD"))) {
        return new int[] {ext[0], i, i};
      }
    }
    return null;
  }

  /**
   * "the atmosphere in the talks held on Saturday and Sunday indicated …" parsed with the participle as a verb and the
   * last date as the subject of the cue, its conjunct: one noun phrase split in two. The phrase from the participle's
   * subject to the end of the date, with the subject's head as third element; or null when the parse is not of that
   * shape.
   */
  private static int[] splitSubject(ParseTree tree, int verb, int[] time) {
    int governor = tree.head(verb);
    if (!tree.relation(verb).equals("conj") || governor < 0 || governor > time[0]
        || !"VBN".equals(tree.token(governor).pos())) {
      return null;
    }
    for (int c : tree.children(governor)) {
      if (tree.relation(c).startsWith("aux")) {
        return null;
      }
    }
    for (int c : tree.children(governor)) {
      if (tree.relation(c).startsWith("nsubj") && c < governor) {
        return new int[] {tree.extent(c)[0], time[1], c};
      }
    }
    return null;
  }

  /**
   * A noun cue ("his claim that …", "criticism of the plan", "a report by the agency that …"): the content is the
   * noun's clause or topic phrase (the cue takes the topic's preposition); the source is its possessor, its "by"- or
   * "from"-phrase, or the subject of a verb that makes the noun its object ("Trump issued a warning that …") unless
   * that subject receives it ("faced criticism"), or in whose "in"/"with"/"at"/"to"/"from" phrase it stands ("voted
   * in support of"); a possessive pronoun gives way to that verb's subject of the same number ("Sanders stepped up
   * his attacks on …", which PolNeAR marks on the name). Null
   * when the noun is the object of a verb cue, whose content it already is.
   */
  private Found nounCue(String text, ParseTree tree, int noun, Actors actors) {
    int c = CueFeatures.nounContent(tree, noun);
    int head = tree.head(noun);
    if (c < 0 || head >= 0 && !CueFeatures.isNounCandidate(tree, head) && isCueVerb(tree, head)) {
      return null;
    }
    Found f = new Found(tree.sentence().index(), noun);
    f.noun = true;
    int[] content = tree.extent(c);
    int last = noun;
    if (tree.relation(c).equals("nmod")) {
      int cased = tree.child(c, "case");
      content = new int[] {cased + 1, content[1]};
      last = cased == noun + 1 ? cased : noun;
    }
    f.cue = tokens(text, tree, noun, last);
    int source = -1;
    int[] sourceExt = null;
    for (int k : tree.children(noun)) {
      String rel = tree.relation(k);
      int cased = tree.child(k, "case");
      String prep = cased >= 0 ? tree.token(cased).word().toLowerCase(Locale.ROOT) : "";
      if (rel.equals("nsubj") && k < noun && tree.token(k).word().equalsIgnoreCase("it")
          && !tree.relation(c).equals("nmod")) {
        // "It is no surprise that …": "it" stands for the clause after the noun, and nobody is named
        break;
      }
      if (rel.equals("nmod:poss") || rel.equals("nsubj") && k < noun) {
        // "his claim that …"; "Clinton has been a supporter of …"
        source = k;
        sourceExt = rel.equals("nsubj") ? sourceExtent(tree, k, noun) : tree.extent(k);
        break;
      }
      if (rel.equals("nmod") && k > noun && k != c && (prep.equals("by") || prep.equals("from"))) {
        source = k;
        sourceExt = new int[] {cased + 1, tree.extent(k)[1]};
      }
    }
    if (source < 0 && head >= 0 && tree.relation(noun).equals("obj")
        && !RECEIVING_VERBS.contains(lemma(tree.token(head)))) {
      source = subjectOf(tree, head);
      sourceExt = source < 0 ? null : sourceExtent(tree, source, noun);
    }
    // a verb that makes the noun its object or the noun's phrase hangs on, whose subject holds what the noun says
    boolean holder = head >= 0 && isVerb(tree, head) && !RECEIVING_VERBS.contains(lemma(tree.token(head)));
    Boolean possessivePlural = source >= 0 && tree.relation(source).equals("nmod:poss")
        ? POSSESSIVE_NUMBER.get(tree.token(source).word().toLowerCase(Locale.ROOT)) : null;
    if (possessivePlural != null && holder
        && (tree.relation(noun).equals("obj") || tree.relation(noun).equals("obl"))) {
      // "Sanders has toned down his criticism of …": the verb's subject, which the pronoun stands for (same number)
      int subject = subjectOf(tree, head);
      if (subject >= 0 && subject < noun && plural(tree, subject) == possessivePlural) {
        source = subject;
        sourceExt = sourceExtent(tree, subject, noun);
      }
    }
    if (source < 0 && holder && tree.relation(noun).equals("obl")
        && OWNER_PREPOSITIONS.contains(caseWord(tree, noun))) {
      // "Sanders voted in support of the bill", "his allies bristle at the suggestion that …": the subject of the
      // verb the noun's phrase hangs on holds the support or meets the suggestion
      source = subjectOf(tree, head);
      sourceExt = source < 0 ? null : sourceExtent(tree, source, noun);
    }
    if (source >= 0 && !isTimeSource(tree, source, sourceExt)) {
      f.source = sourcePhrase(text, tree, sourceExt[0], sourceExt[1]);
      f.speakerId = speaker(tree, source, f.source, actors);
    }
    Span span = trimmed(text, tree, content[0], content[1]);
    if (span == null) {
      return null;
    }
    f.content.add(span);
    return f;
  }

  /**
   * From the cue's first object or oblique after it to the end of its last complement, or null. "Say" takes only its
   * object and the clause pieces a broken parse hangs after it ("say the program, run by …, has brought …" parsed as
   * object and loose dependents), and only after its subject; "tell" takes none (its object is the audience).
   */
  private static int[] complements(ParseTree tree, int verb) {
    String lemma = lemma(tree.token(verb));
    boolean say = lemma.equals("say");
    if (lemma.equals("tell")) {
      return null;
    }
    if (say) {
      int s = subjectOf(tree, verb);
      if (s < 0 || s > verb) {
        return null;
      }
    }
    int first = -1;
    int last = -1;
    boolean addressee = ADDRESSEE_PASSIVES.contains(lemma);
    boolean object = false;
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if (addressee && c > verb && (rel.equals("obj") || rel.equals("iobj")) && hasLaterComplement(tree, verb, c)) {
        // "asked Democrats how likely …", "assured him it was done …": the one spoken to, when what is said follows
        continue;
      }
      boolean oblique = !say && (rel.startsWith("obl") && isTopicOblique(tree, c, object)
          || rel.equals("advcl") && first < 0 && opensWithPreposition(tree, verb, c));
      if (c > verb && (rel.equals("obj") || !say && rel.equals("xcomp") || oblique
          || (say ? rel.equals("dep") : rel.equals("advcl")) && first >= 0
          || addressee && (rel.equals("advcl") || rel.equals("dep")))) {
        int[] ext = tree.extent(c);
        object |= rel.equals("obj");
        if (first < 0) {
          first = ext[0];
        }
        last = Math.max(last, ext[1]);
      }
    }
    if (first < 0 || subject(tree, verb) > verb) {
      return null;
    }
    if (first == verb + 1 && first < last && tree.relation(first).equals("case")
        && CUE_PREPOSITIONS.contains(tree.token(first).word().toLowerCase(Locale.ROOT))) {
      // "referring to the lease", "called for her ouster": the preposition right after the cue is the cue's
      first++;
    }
    return new int[] {first, last};
  }

  /** Whether the cue has a clause or a clause-like dependent after {@code object}. */
  private static boolean hasLaterComplement(ParseTree tree, int verb, int object) {
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      if (c > object && (rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("advcl") || rel.equals("dep"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "called for reducing the rate", "called on Trump to stop", "pointed to Britain's decision to leave": a clause
   * right after the cue that opens with a topic preposition (the parser's adverbial clause for a verb's prepositional
   * object).
   */
  private static boolean opensWithPreposition(ParseTree tree, int verb, int clause) {
    int first = tree.extent(clause)[0];
    if (first != verb + 1 && !(first == verb + 2 && "RP".equals(tree.token(verb + 1).pos()))) {
      return false;
    }
    Token t = tree.token(first);
    return "IN".equals(t.pos()) && TOPIC_PREPOSITIONS.contains(t.word().toLowerCase(Locale.ROOT))
        && !t.word().equalsIgnoreCase("as") && !t.word().equalsIgnoreCase("by");
  }

  /**
   * "for her ouster", "of lying", "about the deal": an oblique that says what, not where, when or how. A name is a
   * topic only after "of", "about" or "against" ("critical of Trump"; not "spoke in Iowa", "said on CNN"), or after
   * the cue's object ({@code afterObject}) with any topic preposition: "took a shot at Clinton", "held his fire on
   * Carson", "called attention to Islamophobia" (PolNeAR train: the gold content takes such a name 98 times, the
   * object alone 12).
   */
  private static boolean isTopicOblique(ParseTree tree, int c, boolean afterObject) {
    Token head = tree.token(c);
    String word = head.word().toLowerCase(Locale.ROOT);
    if (TIME_WORDS.contains(word) || CHANNEL_NOUNS.contains(word)) {
      return false;
    }
    int cased = tree.child(c, "case");
    if (cased < 0) {
      return false;
    }
    String preposition = tree.token(cased).word().toLowerCase(Locale.ROOT);
    if (head.ner() != EntityType.OTHER && (!afterObject || isTime(tree, c))) {
      return NAMED_TOPIC_PREPOSITIONS.contains(preposition);
    }
    return TOPIC_PREPOSITIONS.contains(preposition);
  }

  private static String lemma(Token t) {
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  /**
   * The active subject of {@code v}; a passive one only when the verb is not a participle ("…,” he added." parsed
   * as a passive) or when the participle states what its subject holds, with a clause ("protesters were frustrated
   * that …", "we are convinced this …"; not "it was reported that …", nor the addressee of "was told that …"); or -1.
   */
  private static int subject(ParseTree tree, int v) {
    for (int c : tree.children(v)) {
      String rel = tree.relation(c);
      if (rel.equals("nsubj")) {
        return c;
      }
      if (rel.equals("nsubj:pass") && (!"VBN".equals(tree.token(v).pos()) || holds(tree, v, c)
          || STATE_PARTICIPLES.contains(tree.token(v).word().toLowerCase(Locale.ROOT)))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Participles that say what their subject feels or holds ("officials were angered by the deal", "voters are divided
   * on"): the passive subject is the source, and a "by"-phrase the cause, not the speaker.
   */
  private static final Set<String> STATE_PARTICIPLES = Set.of("angered", "outraged", "alarmed", "frustrated",
      "troubled", "disturbed", "encouraged", "heartened", "shocked", "surprised", "disappointed", "impressed",
      "offended", "bothered", "worried", "concerned", "convinced", "unconvinced", "divided", "split", "persuaded",
      "pleased", "delighted", "dismayed", "annoyed", "irritated", "incensed", "infuriated", "enraged", "horrified",
      "appalled", "baffled", "puzzled", "stunned", "satisfied", "miffed", "determined");

  private static boolean holds(ParseTree tree, int participle, int subject) {
    int clause = tree.child(participle, "ccomp");
    return clause > participle && subject < participle && !ADDRESSEE_PASSIVES.contains(lemma(tree.token(participle)))
        && !tree.token(subject).word().equalsIgnoreCase("it");
  }

  /** Whether {@code v} has an auxiliary "has", "have", "had" or a modal before it. */
  private static boolean hasTenseAuxiliary(ParseTree tree, int v) {
    for (int c : tree.children(v)) {
      if (c < v && tree.relation(c).equals("aux")) {
        String pos = tree.token(c).pos();
        String lemma = lemma(tree.token(c));
        if ("MD".equals(pos) || lemma.equals("have") && !"VBG".equals(pos)) {
          return true;
        }
      }
    }
    return false;
  }

  /** For a root cue at the end of its sentence after its subject, the words before the subject, or null. */
  private static int[] fronted(ParseTree tree, int verb) {
    if (tree.head(verb) >= 0) {
      return null;
    }
    int subject = subject(tree, verb);
    if (subject < 0) {
      return null;
    }
    int start = Math.min(tree.extent(subject)[0], verb);
    for (int i = verb + 1; i < tree.size(); i++) {
      if (!tree.isPunctuation(i) && tree.head(i) == verb && i != subject && !tree.relation(i).startsWith("obl")
          && !tree.relation(i).equals("advmod")) {
        return null;
      }
    }
    return start >= 3 ? new int[] {0, start - 1} : null;
  }

  /** Relations by which the words before a cue's subject set its scene (when, where, how) and say nothing. */
  private static final Set<String> SCENE_RELATIONS = Set.of("obl", "obl:tmod", "obl:npmod", "nmod:tmod", "advmod",
      "advcl", "cc", "mark", "aux", "expl");

  /**
   * For a cue with {@link #fronted} words that hang on it only as scene ("In the end,", "As an immigrant,", "On his
   * website,"; not in quotation marks) and two words or more after it, the words after it; else null. On PolNeAR
   * train, such fronted words are the gold content 3 times in 118, and the gold content follows the cue.
   */
  private static int[] afterScene(ParseTree tree, int verb) {
    int[] front = fronted(tree, verb);
    if (front == null || isMark(tree.token(0).word())) {
      return null;
    }
    for (int c : tree.children(verb)) {
      if (c <= front[1] && !tree.isPunctuation(c) && !SCENE_RELATIONS.contains(tree.relation(c))) {
        return null;
      }
    }
    int first = -1;
    int last = -1;
    int words = 0;
    for (int i = verb + 1; i < tree.size(); i++) {
      if (!tree.isPunctuation(i)) {
        first = first < 0 ? i : first;
        last = i;
        words++;
      }
    }
    return words >= 2 ? new int[] {first, last} : null;
  }

  /** The range {@code content} less tokens {@code from..to}: the longer side when they fall inside it, or null. */
  private static int[] outside(int[] content, int from, int to) {
    if (to < content[0] || from > content[1]) {
      return content;
    }
    int left = from - content[0];
    int right = content[1] - to;
    if (left <= 0 && right <= 0) {
      return null;
    }
    return left >= right ? new int[] {content[0], from - 1} : new int[] {to + 1, content[1]};
  }

  /** The part of a clause's extent on one side of {@code verb}: the side with more tokens. */
  private static int[] before(ParseTree tree, int[] extent, int verb) {
    if (extent[0] < 0) {
      return null;
    }
    int[] subtree = tree.extent(verb);
    int left = subtree[0] - extent[0];
    int right = extent[1] - subtree[1];
    if (left <= 0 && right <= 0) {
      return null;
    }
    return left >= right ? new int[] {extent[0], subtree[0] - 1} : new int[] {subtree[1] + 1, extent[1]};
  }

  private Found according(String text, ParseTree tree, int according, Actors actors) {
    int x = tree.head(according);
    if (x < 0 || x == according + 1) {
      return null;
    }
    Found f = new Found(tree.sentence().index(), according);
    f.according = true;
    f.cue = tokens(text, tree, according, according + 1);
    int[] src = sourceExtent(tree, x, according);
    int first = Math.max(src[0], according + 2);
    f.source = first <= src[1] ? sourcePhrase(text, tree, first, src[1]) : null;
    f.speakerId = speaker(tree, x, f.source, actors);
    int clause = tree.head(x);
    if (clause >= 0) {
      int[] content = before(tree, tree.extentWithout(clause, x), x);
      if (content != null) {
        Span span = trimmed(text, tree, content[0], content[1]);
        if (span != null) {
          f.content.add(span);
        }
      }
    }
    return f;
  }

  /**
   * "Issa: Clinton's honesty is in question", "Q: Did the service take care of you?": a short name or noun phrase
   * without a verb, a colon, then what it says.
   */
  private static Found colonHeadline(String text, ParseTree tree, Actors actors) {
    int colon = -1;
    int first = 0;
    while (first < tree.size() && isMark(tree.token(first).word())) {
      // a transcript turn inside an opened quotation: "PENCE: Well, look, …"
      first++;
    }
    for (int i = first; i < Math.min(tree.size(), first + 6); i++) {
      Token t = tree.token(i);
      if (t.word().equals(":")) {
        colon = i;
        break;
      }
      if (t.pos() == null || t.pos().startsWith("VB") || t.pos().equals("MD") || tree.isPunctuation(i)
          || !(t.pos().startsWith("NN") || t.pos().equals("DT") || t.pos().startsWith("JJ"))) {
        return null;
      }
    }
    if (colon < first + 1 || colon + 3 >= tree.size()) {
      return null;
    }
    Span content = trimmed(text, tree, colon + 1, tree.size() - 1);
    if (content == null) {
      return null;
    }
    Found f = new Found(tree.sentence().index(), colon);
    f.cue = tokens(text, tree, colon, colon);
    f.source = tokens(text, tree, first, colon - 1);
    f.speakerId = speaker(tree, colon - 1, f.source, actors);
    f.content.add(content);
    return f;
  }

  /** The subject of the verb that {@code clause} depends on, or -1. */
  private static int governorSubject(ParseTree tree, int clause) {
    if (!INHERIT_SUBJECT.contains(tree.relation(clause)) || tree.head(clause) < 0) {
      return -1;
    }
    return subjectOf(tree, tree.head(clause));
  }

  /**
   * "…, said one GOP source in the room.": a cue after a comma that hangs loosely (an unlabelled dependent) on a clause
   * before it, with no clause of its own and its speaker after it.
   */
  private static boolean isParenthetical(ParseTree tree, int verb) {
    int head = tree.head(verb);
    if (head < 0 || head > verb || !tree.relation(verb).equals("dep") || tree.child(verb, "ccomp") >= 0
        || !afterComma(tree, verb)) {
      return false;
    }
    for (int c : tree.children(verb)) {
      if (c > verb && (tree.relation(c).startsWith("nsubj") || tree.relation(c).equals("obj"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a comma, perhaps with a closing quotation mark after it, comes right before token {@code i}. */
  private static boolean afterComma(ParseTree tree, int i) {
    int k = i - 1;
    if (k >= 0 && isMark(tree.token(k).word())) {
      k--;
    }
    return k >= 0 && tree.token(k).word().equals(",");
  }

  /**
   * "“That,” he added, “promises …”", "These employees, Stumpf explained, were …": the parser took the first words of
   * what is said for the cue's subject. A pronoun, or a person's or organization's name, right before the cue and
   * after a comma or a closing quotation mark speaks; its first and last token, or null.
   */
  private static int[] interposedName(ParseTree tree, int verb, int subject) {
    int last = verb - 1;
    if (subject < 0 || last <= subject || tree.head(verb) >= 0 && !tree.relation(verb).equals("parataxis")
        && !tree.relation(verb).equals("dep")) {
      return null;
    }
    for (int c : tree.children(verb)) {
      int[] ext = tree.extent(c);
      if (c > subject && c < verb && tree.relation(c).equals("nsubj") && ext[1] == last && ext[0] > subject
          && tree.token(ext[0] - 1).word().equals(",")) {
        // "The answer, the mayor said then, was …": two subjects; the one right before the cue speaks
        return ext;
      }
    }
    Token t = tree.token(last);
    boolean name = t.pos() != null && t.pos().startsWith("NNP")
        && (t.ner() == EntityType.PERSON || t.ner() == EntityType.ORGANIZATION);
    if (!name && !PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    int first = last;
    while (name && first - 1 > subject && tree.token(first - 1).pos() != null
        && tree.token(first - 1).pos().startsWith("NNP") && tree.token(first - 1).ner() == t.ner()) {
      first--;
    }
    while (name && first - 1 > subject && TITLES.contains(tree.token(first - 1).word().toLowerCase(Locale.ROOT))) {
      // "…, Mr. Rosenthal said": the tagger leaves the title out of the name's entity
      first--;
    }
    String before = tree.token(first - 1).word();
    return before.equals(",") || isMark(before) ? new int[] {first, last} : null;
  }

  /** Whether token {@code i} is tagged a verb. */
  private static boolean isVerb(ParseTree tree, int i) {
    String pos = tree.token(i).pos();
    return pos != null && pos.startsWith("VB");
  }

  /** Titles before a name ("Mr. Rosenthal", "Sen. Cruz"), which the entity tagger often leaves out of it. */
  private static final Set<String> TITLES = Set.of("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.",
      "president", "senator", "governor", "rev.", "prof.", "lt.", "col.", "adm.", "sgt.", "mayor", "judge", "justice",
      "secretary", "speaker");

  /** "…,” added Clarke, who …": a name or pronoun right after the cue that the parser did not make its subject. */
  private static int invertedSubject(ParseTree tree, int verb) {
    int next = verb + 1;
    if (next >= tree.size() || tree.head(next) < 0) {
      return -1;
    }
    int h = next;
    while (tree.head(h) > verb && tree.head(h) != verb && h - verb < 6) {
      h = tree.head(h);
    }
    if (tree.head(h) != verb) {
      return -1;
    }
    String pos = tree.token(h).pos();
    String rel = tree.relation(h);
    boolean nominal = pos != null && (pos.startsWith("NNP") || pos.equals("PRP")
        // "…, said one GOP source in the room."
        || pos.startsWith("NN") && afterComma(tree, verb) && (tree.child(verb, "ccomp") < 0
            || tree.extent(tree.child(verb, "ccomp"))[1] < verb));
    boolean slot = rel.equals("obj") || rel.startsWith("nsubj") || rel.equals("dep") || rel.equals("iobj")
        // "“…,” said O'Neill, on …": the name parsed as a secondary predicate of the cue
        || rel.equals("xcomp") && pos != null && pos.startsWith("NNP") && (tree.child(verb, "ccomp") < 0
            || tree.extent(tree.child(verb, "ccomp"))[1] < verb);
    return nominal && slot && !"tell".equals(lemma(tree.token(verb))) ? h : -1;
  }

  /**
   * "“…,” Biden, who served as a senator, said.": when the parse gives the cue no subject, the name or pronoun
   * nearest before it that is not a date ("Trump said in August, referring to …"), back to the closing quotation
   * mark, as its first and last token; or null.
   */
  private static int[] precedingName(ParseTree tree, int verb) {
    for (int i = verb - 1; i >= 0 && verb - i <= 12; i--) {
      Token t = tree.token(i);
      if (isMark(t.word())) {
        return null;
      }
      String pos = t.pos();
      if (pos != null && (pos.startsWith("NNP") || pos.equals("PRP")) && !isTime(tree, i, i)) {
        int first = i;
        while (pos.startsWith("NNP") && first > 0 && "NNP".equals(tree.token(first - 1).pos())) {
          first--;
        }
        boolean closedQuote = false;
        for (int j = first - 1; j >= 0; j--) {
          closedQuote |= isMark(tree.token(j).word());
        }
        return closedQuote ? new int[] {first, i} : null;
      }
    }
    return null;
  }

  /** The subject of the cue, or of the verb it depends on for "…, saying", "… and said", "wants to say". */
  private static int subjectOf(ParseTree tree, int verb) {
    int v = verb;
    for (int step = 0; step < 4 && v >= 0; step++) {
      int s = subject(tree, v);
      if (s >= 0) {
        return s;
      }
      int h = tree.head(v);
      if (tree.relation(v).equals("conj") && h >= 0 && tree.relation(h).equals("ccomp") && tree.head(h) >= 0
          && tree.token(tree.head(h)).pos() != null && tree.token(tree.head(h)).pos().startsWith("VB")) {
        // "Clinton adds that she has released her returns and called on Sanders to do the same": a verb without a
        // subject joined to the clause a cue reports is the cue's conjunct, parsed one level too low (PolNeAR train:
        // 35 of 44 gold cues whose source is either subject take the outer one)
        v = tree.head(h);
        continue;
      }
      if (tree.relation(v).equals("conj") && "VBG".equals(tree.token(v).pos()) && h >= 0 && isFinite(tree, h)
          && tree.relation(h).equals("advcl") && tree.head(h) >= 0 && subject(tree, h) >= 0) {
        // "rejected the move, saying the meetings did nothing and describing the Taliban as …": a participle cannot
        // share a finite verb's subject; the parser joined it one clause too low, and it says what the subject of
        // the verb that clause hangs on did
        v = tree.head(h);
        continue;
      }
      if (tree.relation(v).equals("acl") && tree.head(v) >= 0 && "VBG".equals(tree.token(v).pos())) {
        int noun = tree.head(v);
        int governor = -1;
        if (tree.relation(noun).equals("obj") && tree.head(noun) >= 0) {
          // "Trump and Ryan issued a statement describing …", "the KGB planted articles alleging …": a participle on
          // the object says what the clause's subject did (PolNeAR train: 80 to 20 of gold cues)
          governor = tree.head(noun);
        } else if (afterComma(tree, v) || !OWNING_PREPOSITIONS.contains(caseWord(tree, noun))) {
          // "spoke to a gathering of industry leaders, promising …": after a comma, or after "in", "on", "at", "to",
          // a participle on a prepositional object says what the clause's subject did (PolNeAR train: 19 to 1 after a
          // comma); after "with", "of", "among" … without a comma, what the object did ("with the survey finding …",
          // "among those describing themselves as …": 48 to 5)
          governor = prepositionalGovernor(tree, noun);
        }
        int outer = governor < 0 ? -1 : subjectOf(tree, governor);
        return outer >= 0 ? outer : noun;
      }
      if (tree.relation(v).equals("acl") && tree.head(v) >= 0 && tree.head(v) < v && hasTenseAuxiliary(tree, v)) {
        // "… - Donald J. Trump has vowed to …": a modifier with a finite auxiliary is the noun's own clause
        return tree.head(v);
      }
      int clausal = tree.child(v, "csubj");
      if (clausal >= 0 && clausal < v && "VBN".equals(tree.token(clausal).pos())) {
        int noun = tree.child(clausal, "nsubj:pass");
        noun = noun >= 0 ? noun : tree.child(clausal, "nsubj");
        if (noun >= 0 && noun < clausal) {
          // "A study being released on Tuesday by researchers shows …", "Analysts involved in the talks assumed
          // …" parsed with the participle as a clause subject: its noun is the cue's subject
          return noun;
        }
      }
      // "…, saying, “…”" is often parsed as an unlabelled dependent of the verb whose subject speaks
      boolean participle = tree.relation(v).equals("dep") && "VBG".equals(tree.token(v).pos()) && tree.head(v) < v;
      if (tree.relation(v).equals("dep") && tree.head(v) >= 0 && tree.head(v) < v
          && "VBN".equals(tree.token(tree.head(v)).pos()) && subject(tree, tree.head(v)) >= 0
          && subject(tree, tree.head(v)) == tree.head(v) - 1) {
        // "A poll released in late August found that …" parsed with the participle as the main verb: the
        // noun right before the participle is what the cue says
        return subject(tree, tree.head(v));
      }
      if (!INHERIT_SUBJECT.contains(tree.relation(v)) && !participle && !isVerbOblique(tree, v)) {
        return -1;
      }
      boolean conjunct = tree.relation(v).equals("conj");
      v = tree.head(v);
      int passive = conjunct ? tree.child(v, "nsubj:pass") : -1;
      if (passive >= 0 && passive < v && !tree.token(passive).word().equalsIgnoreCase("it")) {
        // "Officials were angered by the decision and said …": the passive subject of the verb it depends on speaks
        return passive;
      }
    }
    return -1;
  }

  /** Whether token {@code i} is a verb in a finite form (past, present, modal). */
  private static boolean isFinite(ParseTree tree, int i) {
    String pos = tree.token(i).pos();
    return "VBD".equals(pos) || "VBZ".equals(pos) || "VBP".equals(pos) || "MD".equals(pos);
  }

  /** Prepositions whose object does what a participle after it says ("with the survey finding …"). */
  private static final Set<String> OWNING_PREPOSITIONS = Set.of("with", "of", "among", "alongside", "along", "like",
      "including", "despite", "from", "into");

  /** The preposition of a noun, lower case, or "". */
  private static String caseWord(ParseTree tree, int noun) {
    int cased = tree.child(noun, "case");
    return cased < 0 ? "" : tree.token(cased).word().toLowerCase(Locale.ROOT);
  }

  /**
   * "She went on to say that …", "He began by saying …": a verb the parser made an oblique of the verb before it
   * says what that verb's subject did.
   */
  private static boolean isVerbOblique(ParseTree tree, int v) {
    String pos = tree.token(v).pos();
    int head = tree.head(v);
    return tree.relation(v).equals("obl") && head >= 0 && head < v && ("VB".equals(pos) || "VBG".equals(pos))
        && tree.token(head).pos() != null && tree.token(head).pos().startsWith("VB");
  }

  /**
   * For a noun that is the object of a preposition ("to a gathering of leaders"), perhaps inside another such phrase,
   * the verb the outermost phrase belongs to; or -1.
   */
  private static int prepositionalGovernor(ParseTree tree, int noun) {
    int n = noun;
    for (int step = 0; step < 4; step++) {
      String rel = tree.relation(n);
      if (tree.child(n, "case") < 0 || !(rel.startsWith("obl") || rel.startsWith("nmod")) || tree.head(n) < 0) {
        return -1;
      }
      n = tree.head(n);
      String pos = tree.token(n).pos();
      if (pos != null && pos.startsWith("VB")) {
        return n;
      }
    }
    return -1;
  }

  /**
   * The source phrase of cue word {@code cue}: the subtree of its head, less clauses that are attributions of their
   * own, but for a participle phrase that neither holds the cue ("a group urging …") nor is set off by a comma: one
   * that holds another cue says which one speaks ("Groups opposing the bill said …") and stays.
   */
  private int[] sourceExtent(ParseTree tree, int head, int cue) {
    int[] ext = tree.extent(head);
    while (ext[0] < head && tree.head(ext[0]) == head && tree.relation(ext[0]).equals("case")) {
      // "among those describing themselves as …": the preposition is no part of who speaks
      ext[0]++;
    }
    while (ext[0] < head && tree.head(ext[0]) == head && tree.relation(ext[0]).equals("cc")) {
      // "and Bernie Sanders said": the conjunction joins the source to what came before, it is no part of it
      ext[0]++;
    }
    for (int c : tree.children(head)) {
      if (isTimeModifier(tree, head, c)) {
        // "the Kentucky Republican on Tuesday": when it was said is no part of who said it
        ext[1] = Math.min(ext[1], tree.extent(c)[0] - 1);
      } else if (tree.relation(c).startsWith("acl") && c > head && containsCue(tree, c)
          && (!isParticiple(tree, c) || tree.dominates(c, cue) || afterComma(tree, tree.extent(c)[0]))) {
        ext[1] = Math.min(ext[1], tree.extent(c)[0] - 1);
      } else if (tree.relation(c).startsWith("acl") && c > head && tree.extent(c)[0] - 1 > head
          && isDash(tree.token(tree.extent(c)[0] - 1).word())) {
        // "Mrs. Clinton -- whose husband signed the act --": PolNeAR leaves a clause set off by dashes out
        ext[1] = Math.min(ext[1], tree.extent(c)[0] - 2);
      } else if (c > head && tree.token(c).word().equals(",") && !tree.children(c).isEmpty()) {
        // "said O'Brien, on his first day": words the parser hung on a comma are no part of the source
        ext[1] = Math.min(ext[1], c - 1);
      } else if (isAdverbialAside(tree, head, c)) {
        // "Howard Stern, in 2013,", "Cruz, with unconcealed delight,": when or how it was said, set off by commas
        ext[1] = Math.min(ext[1], tree.extent(c)[0] - 2);
      } else if (isParticipleAside(tree, head, c)) {
        // "Trump, speaking to a veterans group," : the participle says what the source did, not who it is
        ext[1] = Math.min(ext[1], tree.extent(c)[0] - 2);
      }
    }
    int next = ext[1] + 1;
    if (next < tree.size() && tree.token(next).word().equals("%")
        && tree.token(next).start() == tree.token(ext[1]).end()) {
      // "42% said": the parser may hang the number, not the percent sign, as the head; the source is "42%"
      ext[1] = next++;
    }
    if (next < tree.size() && isDash(tree.token(next).word())) {
      for (int i = head + 1; i <= ext[1]; i++) {
        if (isDash(tree.token(i).word())) {
          // "Jason Sims — a teacher from Mount Pleasant — said": the dash that closes the aside stays, as a comma does
          ext[1] = next;
          break;
        }
      }
    }
    if (next < tree.size() && tree.token(next).word().equals(",")) {
      for (int i = head + 1; i <= ext[1]; i++) {
        if (tree.token(i).word().equals(",")) {
          // "Leon, 63, an independent voter, said": PolNeAR's source ends with the comma that closes the aside
          ext[1] = next;
          break;
        }
      }
    }
    return ext;
  }

  /** Whether {@code c} is a bare participle, with no auxiliary ("groups opposing the bill"; not "… has vowed"). */
  private static boolean isParticiple(ParseTree tree, int c) {
    String pos = tree.token(c).pos();
    return ("VBG".equals(pos) || "VBN".equals(pos)) && tree.child(c, "aux") < 0 && tree.child(c, "aux:pass") < 0;
  }

  private static boolean isDash(String word) {
    return word.equals("—") || word.equals("–") || word.equals("--") || word.equals("-");
  }

  /**
   * A prepositional phrase after the source's head whose words are all a date or time ("on Tuesday", "in October",
   * "on Saturday night"): the parser often hangs it on the source, but it says when, not who.
   */
  private static boolean isTimeModifier(ParseTree tree, int head, int c) {
    if (c <= head || !(tree.relation(c).startsWith("nmod") || tree.relation(c).startsWith("obl"))
        || DATED_SOURCES.contains(lemma(tree.token(head)))) {
      return false;
    }
    int[] ext = tree.extent(c);
    if (ext[0] == c || !TIME_PREPOSITIONS.contains(tree.token(ext[0]).word().toLowerCase(Locale.ROOT))
        || tree.head(ext[0]) != c) {
      return false;
    }
    return isTime(tree, ext[0] + 1, ext[1]);
  }

  /** Sources whose date says which one speaks ("a CNN/ORC poll in February"): PolNeAR keeps the date in. */
  private static final Set<String> DATED_SOURCES = Set.of("poll", "survey");

  /** Words that open an aside saying when or how, not who ("in 2013", "with unconcealed delight", "once again"). */
  private static final Set<String> ASIDE_OPENERS = Set.of("in", "with", "during", "once", "still", "after", "before",
      "despite");

  /** A phrase after the source's head, set off by a comma, that opens with an {@link #ASIDE_OPENERS} word. */
  private static boolean isAdverbialAside(ParseTree tree, int head, int c) {
    String rel = tree.relation(c);
    int first = tree.extent(c)[0];
    return c > head && first - 1 > head && (rel.startsWith("nmod") || rel.startsWith("obl") || rel.equals("advmod"))
        && tree.token(first - 1).word().equals(",")
        && ASIDE_OPENERS.contains(tree.token(first).word().toLowerCase(Locale.ROOT));
  }

  /** A participle clause after the source, set off by a comma ("Trump, speaking to …"). */
  private static boolean isParticipleAside(ParseTree tree, int head, int c) {
    String pos = tree.token(c).pos();
    int first = tree.extent(c)[0];
    return c > head && (tree.relation(c).equals("acl") || tree.relation(c).equals("advcl"))
        && ("VBG".equals(pos) || "VBN".equals(pos)) && first == c && first - 1 > head
        && tree.token(first - 1).word().equals(",");
  }

  private boolean containsCue(ParseTree tree, int root) {
    int[] ext = tree.extent(root);
    for (int i = ext[0]; i <= ext[1]; i++) {
      if (tree.dominates(root, i) && (isCueVerb(tree, i) || isAccording(tree, i))) {
        return true;
      }
    }
    return false;
  }

  /** The actor of the source: the mention on its head word, a relative pronoun's antecedent, any in the phrase. */
  private static String speaker(ParseTree tree, int head, Span source, Actors actors) {
    Token h = tree.token(head);
    Mention m = actors.mentionCovering(h.start(), h.end());
    for (int c : tree.children(head)) {
      Token a = tree.token(c);
      Mention named = tree.relation(c).equals("appos") ? actors.mentionCovering(a.start(), a.end()) : null;
      Actor actor = named == null ? null : actors.byId(named.actorId());
      if (actor != null && actor.kind() == ActorKind.PERSON
          && (m == null || actors.byId(m.actorId()) == null
              || actors.byId(m.actorId()).kind() != ActorKind.PERSON)) {
        // "the opposition, Husamuddin Shams,": the person the apposition names speaks
        m = named;
        break;
      }
    }
    if (m == null && RELATIVE_PRONOUNS.contains(h.word().toLowerCase(Locale.ROOT))) {
      int v = tree.head(head);
      int antecedent = v < 0 ? -1 : tree.head(v);
      if (antecedent >= 0) {
        Token a = tree.token(antecedent);
        m = actors.mentionCovering(a.start(), a.end());
      }
    }
    if (m == null && source != null) {
      for (Mention candidate : actors.mentions()) {
        if (source.contains(candidate.span())) {
          m = candidate;
          break;
        }
      }
    }
    return m == null ? null : m.actorId();
  }

  /** A channel phrase of the cue ("in a tweet Monday", "told Iranian media"), without its preposition. */
  private static String channel(String text, ParseTree tree, int verb) {
    String channel = null;
    String audience = null;
    String when = null;
    for (int c : tree.children(verb)) {
      String rel = tree.relation(c);
      String word = tree.token(c).word().toLowerCase(Locale.ROOT);
      if ((rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("advcl")) && channel == null
          && CHANNEL_NOUNS.contains(word)) {
        channel = phrase(text, tree, c);
      } else if ((rel.equals("obj") || rel.equals("iobj"))
          && (AUDIENCE_NOUNS.contains(word) || tree.token(c).ner() == EntityType.ORGANIZATION)) {
        audience = phrase(text, tree, c);
      } else if ((rel.startsWith("obl") || rel.startsWith("nmod")) && TIME_WORDS.contains(word)) {
        when = tokens(text, tree, tree.extent(c)[0], tree.extent(c)[1]).text();
      }
    }
    if (channel == null && audience == null) {
      return null;
    }
    String out;
    if (channel == null) {
      out = audience;
    } else if (audience != null && channel.toLowerCase(Locale.ROOT).startsWith("interview")) {
      out = channel + " with " + audience;
    } else {
      out = channel;
    }
    if (when != null && !out.contains(when)) {
      out = out + " " + when;
    }
    return out;
  }

  /** The subtree of {@code head} without its leading prepositions, determiners and punctuation. */
  private static String phrase(String text, ParseTree tree, int head) {
    int[] ext = tree.extent(head);
    int first = ext[0];
    while (first < head && (tree.relation(first).equals("case") || tree.relation(first).equals("det")
        || tree.isPunctuation(first))) {
      first++;
    }
    Span s = trimmed(text, tree, first, ext[1]);
    return s == null ? null : s.text();
  }

  /**
   * "Officials said there were concerns about the dam": a noun cue inside what another cue of its sentence reports is
   * part of that report, not an attribution of its own.
   */
  private static void dropNested(List<Found> sentence) {
    sentence.removeIf(inner -> inner.noun && sentence.stream().anyMatch(
        outer -> outer != inner && !outer.noun && outer.content.get(0).contains(inner.cue)));
  }

  /**
   * The other attributions of a sentence with an "according to X" are reported by X; when such an attribution's source
   * is a pronoun the actors stage left unresolved and X is a person, X is taken for the speaker ("He said …,
   * according to Ahmadi"). An "according to" whose content holds such an attribution is a link of the chain, not a
   * quote of its own.
   */
  private static void chain(List<Found> sentence, Actors actors) {
    for (Found outer : List.copyOf(sentence)) {
      if (!outer.according || outer.speakerId == null) {
        continue;
      }
      Actor reporter = actors.byId(outer.speakerId);
      boolean chained = false;
      for (Found inner : sentence) {
        if (inner == outer || inner.according || inner.cue == null || outer.speakerId.equals(inner.speakerId)
            || outer.source != null && outer.source.contains(inner.cue)) {
          continue;
        }
        boolean pronoun = inner.source != null && PRONOUNS.contains(inner.source.text().toLowerCase(Locale.ROOT));
        if (inner.speakerId == null && pronoun && reporter != null && reporter.kind() == ActorKind.PERSON) {
          inner.speakerId = outer.speakerId;
        } else {
          inner.reportedBy.add(outer.speakerId);
        }
        chained |= outer.content.get(0).contains(inner.cue);
      }
      outer.chained = chained;
    }
    sentence.removeIf(f -> f.chained);
  }

  /**
   * "newspaper reported “Washington Post“Taliban officials met…": a name in quotation marks at the start of the
   * content names the source that a common noun only describes; it leaves the content and becomes the source.
   */
  private static void nameBeforeContent(String text, Found f, List<Span> names, Actors actors) {
    Span c = f.content.get(0);
    for (Span n : names) {
      if (n.start() < c.start() || n.end() >= c.end() || !text.substring(c.start(), n.start()).matches("[\\s\"“”„«»‘’]*")) {
        continue;
      }
      int start = n.end();
      while (start < c.end() && (Character.isWhitespace(text.charAt(start)) || MARKS.indexOf(text.charAt(start)) >= 0
          || text.charAt(start) == ',')) {
        start++;
      }
      if (start >= c.end()) {
        return;
      }
      f.content.set(0, Span.of(text, start, c.end()));
      if (f.source == null || f.source.text().equals(f.source.text().toLowerCase(Locale.ROOT))) {
        f.source = n;
        Mention m = actors.mentionCovering(n.start(), n.end());
        f.speakerId = m == null ? null : m.actorId();
      }
      return;
    }
  }

  /** Content that overlaps a quotation takes the whole quotation; content that is one quotation is direct. */
  private static void widenToQuotations(String text, Found f, List<Span> quotations) {
    Span c = f.content.get(0);
    int start = c.start();
    int end = c.end();
    for (Span q : quotations) {
      if (q.overlaps(c) && (f.cue == null || !q.overlaps(f.cue)) && (f.source == null || !q.overlaps(f.source))) {
        start = Math.min(start, q.start());
        end = Math.max(end, q.end());
      }
    }
    int[] inner = withoutMarks(text, start, end);
    for (Span q : quotations) {
      if (q.start() == inner[0] && q.end() == inner[1]) {
        f.direct = true;
        f.content.set(0, q);
        return;
      }
    }
    if (inner[0] > start && inner[1] < end && MARKS.indexOf(text.charAt(start)) >= 0
        && MARKS.indexOf(text.charAt(end - 1)) >= 0) {
      // “A” with the aim of “B”: the marks around the whole stay outside the span, as for a direct quote
      start = inner[0];
      end = inner[1];
    }
    f.content.set(0, Span.of(text, start, end));
  }

  private static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile(
      "[\\s\\u00a0]*([―—–]|--)[\\s\\u00a0]*(\\p{Lu}[\\p{L}.'’-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}.'’-]*){0,3})[ \\u00a0]*(?=[.,;\\n]|$)");

  /**
   * The end of a byline name less the full stop that ends its sentence ("Steve Quinlan." but "Jose Diaz Jr." and
   * "Mary A."): a full stop after a word of three letters or more that is not written like an abbreviation.
   */
  static int nameEnd(String text, int start, int end) {
    if (end - 1 <= start || text.charAt(end - 1) != '.') {
      return end;
    }
    int word = end - 1;
    while (word > start && Character.isLetter(text.charAt(word - 1))) {
      word--;
    }
    String w = text.substring(word, end - 1);
    boolean abbreviation = w.length() < 3 || w.equals("Jr") || w.equals("Sr") || w.indexOf('.') >= 0;
    return abbreviation ? end : end - 1;
  }

  /**
   * "“Maybe we can build a wall around him.” ― Steve Quinlan.": a quotation that no cue covers, followed by a dash and
   * a name that ends the line or the sentence, is spoken by that name; the dash is the cue.
   */
  private static void dashBylines(String text, LinguisticAnnotation annotation, List<Span> quotations,
      List<Found> found, Actors actors) {
    for (Span q : quotations) {
      boolean covered = false;
      for (Found f : found) {
        for (Span c : f.content) {
          covered |= c.overlaps(q);
        }
        covered |= f.source != null && f.source.overlaps(q);
      }
      int from = q.end();
      while (from < text.length() && MARKS.indexOf(text.charAt(from)) >= 0) {
        from++;
      }
      java.util.regex.Matcher m = BYLINE.matcher(text).region(from, Math.min(text.length(), from + 80));
      Sentence s = sentenceOf(annotation, q);
      if (covered || s == null || !m.lookingAt()) {
        continue;
      }
      Found f = new Found(s.index(), -1);
      f.cue = Span.of(text, m.start(1), m.end(1));
      f.source = Span.of(text, m.start(2), nameEnd(text, m.start(2), m.end(2)));
      Mention speaker = actors.mentionCovering(f.source.start(), f.source.end());
      if (speaker == null) {
        for (Mention candidate : actors.mentions()) {
          if (f.source.contains(candidate.span())) {
            speaker = candidate;
            break;
          }
        }
      }
      f.speakerId = speaker == null ? null : speaker.actorId();
      f.content.add(q);
      f.direct = true;
      found.add(f);
    }
  }

  /** Quotations no content covers: spoken by the nearest cue of their sentence, or standing alone. */
  private static void attachQuotations(String text, LinguisticAnnotation annotation, List<Span> quotations,
      List<Found> found, List<Found> cuesWithoutContent) {
    List<Found> added = new ArrayList<>();
    for (Span q : quotations) {
      boolean covered = false;
      for (Found f : found) {
        for (Span c : f.content) {
          covered |= c.overlaps(q);
        }
      }
      if (covered) {
        continue;
      }
      boolean names = false;
      for (Found f : found) {
        names |= f.source != null && f.source.overlaps(q);
      }
      Sentence s = sentenceOf(annotation, q);
      if (names || s == null) {
        continue;
      }
      Found cue = nearestCue(q, s, found, cuesWithoutContent);
      if (cue == null) {
        cue = cueRightAfter(text, q, cuesWithoutContent);
      }
      if (cue != null && !cue.content.isEmpty() && tokensIn(s, q) < 4 && !adjacent(text, cue, q)) {
        continue;
      }
      if (cue != null) {
        if (cue.content.isEmpty()) {
          cue.content.add(q);
          cue.direct = true;
          found.add(cue);
          cuesWithoutContent.remove(cue);
        } else if (adjacent(text, cue, q)) {
          cue.content.add(q);
          cue.content.sort(Comparator.comparingInt(Span::start));
        } else {
          Found f = new Found(cue.sentence, cue.cueToken);
          f.cue = cue.cue;
          f.source = cue.source;
          f.speakerId = cue.speakerId;
          f.channel = cue.channel;
          f.reportedBy.addAll(cue.reportedBy);
          f.content.add(q);
          f.direct = true;
          added.add(f);
        }
        continue;
      }
      Found before = previousInParagraph(text, q, found);
      if (before != null && before.direct) {
        before.content.add(q);
        continue;
      }
      if (tokensIn(s, q) >= STANDALONE_TOKENS && endsSentence(q)) {
        Found f = new Found(s.index(), -1);
        f.content.add(q);
        f.direct = true;
        Found previous = previousQuote(text, q, found);
        f.speakerId = previous == null ? null : previous.speakerId;
        added.add(f);
      }
    }
    found.addAll(added);
  }

  /**
   * A quote over several paragraphs (news style leaves each paragraph but the last unclosed and opens the next with
   * a quotation mark) is one quote: parts that stand alone or belong to no quote join the part that has a cue.
   */
  private static void joinParagraphs(String text, List<Span> quotations, List<Found> found) {
    for (int i = quotations.size() - 1; i > 0; i--) {
      Span part = quotations.get(i - 1);
      Span next = quotations.get(i);
      if (!text.substring(part.end(), next.start()).matches("[^\\S\\n]*\\n\\s*[\"“„«‘]")) {
        continue;
      }
      Found owner = null;
      Found alone = null;
      for (Found f : found) {
        if (f.content.contains(next) && f.cue != null) {
          owner = f;
        }
        if (f.content.size() == 1 && f.content.get(0).equals(part)) {
          alone = f;
        }
      }
      boolean free = alone == null || alone.cue == null;
      boolean covered = false;
      for (Found f : found) {
        for (Span c : f.content) {
          covered |= f != alone && c.overlaps(part);
        }
      }
      if (owner != null && free && !covered) {
        found.remove(alone);
        owner.content.add(part);
        owner.content.sort(Comparator.comparingInt(Span::start));
      }
    }
  }

  /** Whether only punctuation, spaces, the cue and the source lie between the quote's content and {@code q}. */
  private static boolean adjacent(String text, Found f, Span q) {
    int from = Math.min(f.end(), q.end());
    int to = Math.max(f.start(), q.start());
    if (q.start() >= f.end()) {
      from = f.end();
      to = q.start();
    } else if (q.end() <= f.start()) {
      from = q.end();
      to = f.start();
    } else {
      return false;
    }
    for (int i = from; i < to; i++) {
      if ((f.cue != null && f.cue.start() <= i && i < f.cue.end())
          || (f.source != null && f.source.start() <= i && i < f.source.end())) {
        continue;
      }
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Found nearestCue(Span q, Sentence s, List<Found> found, List<Found> bare) {
    Found best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (List<Found> list : List.of(bare, found)) {
      for (Found f : list) {
        if (f.sentence != s.index() || f.cue == null || f.according) {
          continue;
        }
        int d = f.cue.end() <= q.start() ? q.start() - f.cue.end() : Math.max(0, f.cue.start() - q.end());
        if (d < bestDistance) {
          best = f;
          bestDistance = d;
        }
      }
    }
    return best;
  }

  /**
   * "“How many times do we have to see this?” Clinton said.": the sentence splitter ends a sentence after a question
   * or exclamation inside quotation marks, leaving the source and the cue without content in the next one; a cue
   * without content whose source and cue follow the quotation with nothing but marks and spaces between speaks it.
   */
  private static Found cueRightAfter(String text, Span q, List<Found> bare) {
    for (Found f : bare) {
      if (f.cue == null || f.according || f.cue.start() < q.end()) {
        continue;
      }
      StringBuilder gap = new StringBuilder(text.substring(q.end(), f.cue.start()));
      if (f.source != null && f.source.start() >= q.end() && f.source.end() <= f.cue.start()) {
        gap = new StringBuilder(text.substring(q.end(), f.source.start()))
            .append(text, f.source.end(), f.cue.start());
      }
      if (gap.toString().matches("[\\s\"”’»,]*") && !gap.toString().contains("\n")) {
        return f;
      }
    }
    return null;
  }

  /** The attribution that ends last before {@code q} in the same paragraph, or null. */
  private static Found previousInParagraph(String text, Span q, List<Found> found) {
    Found best = null;
    for (Found f : found) {
      if (f.end() <= q.start() && (best == null || f.end() > best.end())) {
        best = f;
      }
    }
    if (best == null || text.substring(best.end(), q.start()).contains("\n")) {
      return null;
    }
    return best;
  }

  /** The quote with a speaker that ends last before {@code q}, if it ends no more than a paragraph before. */
  private static Found previousQuote(String text, Span q, List<Found> found) {
    Found best = null;
    for (Found f : found) {
      if (f.end() <= q.start() && f.speakerId != null && (best == null || f.end() > best.end())) {
        best = f;
      }
    }
    if (best == null) {
      return null;
    }
    int breaks = 0;
    for (int i = best.end(); i < q.start(); i++) {
      if (text.charAt(i) == '\n' && i + 1 < q.start() && text.charAt(i + 1) == '\n') {
        breaks++;
      }
    }
    return breaks <= 1 ? best : null;
  }

  private static Span tokens(String text, ParseTree tree, int first, int last) {
    return Span.of(text, tree.token(first).start(), tree.token(last).end());
  }

  /**
   * A dateline: a place in capitals ("WASHINGTON", "NEW YORK (Reuters)") or a place with its agency in brackets
   * ("Washington (AFP)"), then a dash set off by spaces.
   */
  private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
      "(?:[A-Z][A-Z.,' ]*[A-Z.](?:\\s*\\([A-Za-z ]+\\))?\\s+|[A-Z][A-Za-z.,' ]*\\([A-Za-z ]+\\)\\s*)[-—―–]+\\s");

  /** Adverbs that weigh a source rather than name it ("even the mayor"). */
  private static final Set<String> FOCUS_ADVERBS = Set.of("even", "just");

  private static final String MARKS = "\"“”„«»‘’'`";

  /** Tokens that open a quotation ("the co-author of “Going Viral,” said" keeps its title). */
  private static final Set<String> OPENING_MARKS = Set.of("``", "“", "«");

  /**
   * Whether a token opens a quotation: an opening mark, or a straight one ({@code "}, {@code ''}) with a space or
   * the start of the text before it and none after it.
   */
  private static boolean opens(String text, Token t) {
    if (OPENING_MARKS.contains(t.word())) {
      return true;
    }
    if (!t.word().equals("\"") && !t.word().equals("''")) {
      return false;
    }
    boolean spaceBefore = t.start() == 0 || Character.isWhitespace(text.charAt(t.start() - 1))
        || text.charAt(t.start() - 1) == '(';
    boolean spaceAfter = t.end() >= text.length() || Character.isWhitespace(text.charAt(t.end()));
    return spaceBefore && !spaceAfter;
  }

  /**
   * A source phrase as PolNeAR marks it: punctuation trimmed, but the comma that closes an apposition ("Leon, 63,
   * an independent voter,") and a closing bracket stay.
   */
  private static Span sourcePhrase(String text, ParseTree tree, int first, int last) {
    boolean opened = false;
    for (int i = first + 1; i <= last; i++) {
      String before = tree.token(i - 1).word();
      opened |= i - 1 > first && opens(text, tree.token(i - 1));
      if (!opened && isMark(tree.token(i).word()) && (before.equals(",") || before.equals(".") || before.equals("?")
          || before.equals("!"))) {
        // "… our military,” Flynn, a top Trump surrogate,": the parse took the end of the quotation into the
        // subject; the source starts after the quotation closes (unless the source opened it: a title)
        first = i + 1;
      }
    }
    int start = first <= last ? tree.token(first).start() : 0;
    java.util.regex.Matcher dateline = first <= last && (start == 0 || text.charAt(start - 1) == '\n')
        ? DATELINE.matcher(text.substring(start, tree.token(last).end())) : null;
    if (dateline != null && dateline.lookingAt()) {
      // "WASHINGTON — Sen. Chuck Grassley", "Washington (AFP) – Democrat Hillary Clinton": the dateline opening the
      // paragraph is no part of the source
      while (first <= last && tree.token(first).start() < start + dateline.end()) {
        first++;
      }
    }
    while (first <= last && tree.isPunctuation(first)) {
      first++;
    }
    if (first < last && "RB".equals(tree.token(first).pos())
        && FOCUS_ADVERBS.contains(tree.token(first).word().toLowerCase(Locale.ROOT))) {
      // "Even a top GOP strategist said": the adverb weighs the source, PolNeAR leaves it out
      first++;
    }
    int commas = 0;
    int opens = 0;
    int dashes = 0;
    for (int i = first; i <= last; i++) {
      String w = tree.token(i).word();
      commas += w.equals(",") ? 1 : 0;
      opens += w.equals("(") || w.equals("-LRB-") ? 1 : 0;
      dashes += isDash(w) ? 1 : 0;
    }
    if (opened && last + 1 < tree.size() && isMark(tree.token(last + 1).word()) && !opens(text, tree.token(last + 1))
        && tree.token(last).word().equals(",")) {
      // "the editor in charge of ''Harbor Today,'' reminded": the mark that closes the title, parsed outside it
      last++;
    }
    while (last >= first && tree.isPunctuation(last)) {
      String w = tree.token(last).word();
      if (opened && isMark(w)) {
        // "Washington, star of television’s “Scandal,”": the title's marks stay whole
        break;
      }
      boolean closesApposition = w.equals(",") && commas >= 2;
      boolean closesBracket = (w.equals(")") || w.equals("-RRB-")) && opens > 0;
      boolean closesDash = isDash(w) && dashes >= 2;
      // "42% say": the percent sign is part of the number, not punctuation
      boolean percent = w.equals("%") && last > first;
      if (closesApposition || closesBracket || closesDash || percent) {
        break;
      }
      commas -= w.equals(",") ? 1 : 0;
      dashes -= isDash(w) ? 1 : 0;
      last--;
    }
    return first > last ? null : tokens(text, tree, first, last);
  }

  /** The tokens {@code first..last} less punctuation at both ends (quotation marks stay), or null. */
  private static Span trimmed(String text, ParseTree tree, int first, int last) {
    while (first <= last && tree.isPunctuation(first) && !isMark(tree.token(first).word())) {
      first++;
    }
    while (last >= first && tree.isPunctuation(last) && !isMark(tree.token(last).word())) {
      last--;
    }
    if (first > last) {
      return null;
    }
    return tokens(text, tree, first, last);
  }

  private static boolean isMark(String word) {
    if (word.isEmpty() || word.equals("'s")) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (MARKS.indexOf(word.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int[] withoutMarks(String text, int start, int end) {
    while (start < end && (MARKS.indexOf(text.charAt(start)) >= 0 || Character.isWhitespace(text.charAt(start)))) {
      start++;
    }
    while (end > start && (MARKS.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return new int[] {start, end};
  }

  private static boolean insideAny(int start, int end, List<Span> spans) {
    for (Span s : spans) {
      if (s.start() <= start && end <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A quotation that is a name or a title rather than speech: a named entity, or at most four words that all start
   * with a capital letter and no sentence-final punctuation ("Washington Post", "Resilient Atmosphere").
   */
  static boolean isName(Span content, LinguisticAnnotation annotation) {
    String[] words = content.text().strip().split("\\s+");
    boolean capitalized = words.length <= 4 && !content.text().isBlank();
    for (String w : words) {
      capitalized &= !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }
    String last = words[words.length - 1];
    if (capitalized && !last.isEmpty() && ".!?,".indexOf(last.charAt(last.length() - 1)) < 0) {
      return true;
    }
    for (EntityMention e : annotation.entities()) {
      if ((e.type() == EntityType.ORGANIZATION || e.type() == EntityType.PERSON || e.type() == EntityType.MISC)
          && e.span().start() == content.start() && e.span().end() == content.end()) {
        return true;
      }
    }
    return false;
  }

  /** The sentence that holds most of {@code content}, or null when none overlaps it. */
  static Sentence sentenceOf(LinguisticAnnotation annotation, Span content) {
    Sentence best = null;
    int bestOverlap = 0;
    for (Sentence s : annotation.sentences()) {
      int overlap = Math.min(s.end(), content.end()) - Math.max(s.start(), content.start());
      if (overlap > bestOverlap) {
        best = s;
        bestOverlap = overlap;
      }
    }
    return best;
  }

  private static int tokensIn(Sentence sentence, Span span) {
    int n = 0;
    for (Token t : sentence.tokens()) {
      if (span.start() <= t.start() && t.end() <= span.end()) {
        n++;
      }
    }
    return n;
  }

  private static boolean endsSentence(Span content) {
    String s = content.text().strip();
    return !s.isEmpty() && ".!?,…".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }
}
