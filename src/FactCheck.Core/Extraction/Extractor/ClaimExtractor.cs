using System.Collections.Concurrent;
using FactCheck.Extraction.Events;
using FactCheck.Extraction.Quotes;
using FactCheck.Ingestion;

namespace FactCheck.Extraction.Extractor;

/// <summary>
/// The extraction pipeline: sentences → tokens → figures → (not a claim? drop) → frame and
/// claimant → claim. Stateless between documents and safe to call from several threads.
/// </summary>
internal sealed partial class ClaimExtractor : IClaimExtractor
{
    private static readonly List<DateMention> NoDates = [];

    /// <summary>How far back a date may lie and still be the story's time, not a comparison with another event.</summary>
    private const int StoryDays = 45;
    private readonly Lexicon _lexicon;
    private readonly SentenceSplitter _sentences;
    private readonly NumberRecognizer _numbers;
    private readonly NonClaimFilter _filter;
    private readonly FrameBuilder _frames;
    private readonly QuoteFinder _quotes;
    private readonly DateReader _dates;
    private readonly AsOfReader _asOf;
    private readonly PlaceReader _places;
    private readonly DatelineReader _datelines;
    private readonly PhotoCaptions _captions;
    private readonly PartOfGroup _parts;
    private readonly HashSet<string> _crowdMetrics;
    private readonly ConcurrentDictionary<string, ClaimantEntry?> _fuzzyNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _listedClaimants;

    public ClaimExtractor(Lexicon lexicon)
    {
        _lexicon = lexicon;
        _sentences = new SentenceSplitter(lexicon.Abbreviations, lexicon.Time);
        _numbers = new NumberRecognizer(lexicon);
        _filter = new NonClaimFilter(lexicon);
        _frames = new FrameBuilder(lexicon);
        _quotes = new QuoteFinder(lexicon);
        _dates = new DateReader(lexicon);
        _asOf = new AsOfReader(lexicon);
        _places = new PlaceReader(lexicon);
        _datelines = new DatelineReader(lexicon.Places, lexicon.Sources.OrganisationHeads, lexicon.Time.Months, lexicon.Sources.Rubrics);
        _parts = new PartOfGroup(lexicon);
        _captions = new PhotoCaptions(lexicon);
        _crowdMetrics = lexicon.HeadCountMetrics.Values.ToHashSet(StringComparer.Ordinal);
        _listedClaimants = lexicon.Claimants.SelectMany(c => new[] { c.Name, c.Family }).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    public string Fingerprint => _lexicon.Fingerprint;

    private Grammar Grammar => _lexicon.Grammar;

    public IReadOnlyList<Claim> Extract(Document document)
    {
        var claims = new List<Claim>();
        // Head counts a reporting verb takes, by index in claims: their metric waits on the event the story names.
        List<int>? reportedHeadCounts = null;
        var resolver = new ClaimantResolver(_lexicon, _fuzzyNames);
        using var tokenized = new DocumentTokens(document.Text, _sentences.Split(document.Text), _lexicon.Words);
        DocumentSection? section = null;
        var captions = _captions.Find(document.Text, tokenized);
        var documentPlaces = new DocumentPlaces(_places, _lexicon.Places, _lexicon.Parallel);
        var documentEvents = new DocumentEvents(_lexicon.Events, _lexicon.Time, _lexicon.Grammar);
        var (storyDay, paragraphTime) = (new StoryDay(), new ParagraphStanding());
        var eventSites = new EventSites(_lexicon.Events, _lexicon.Grammar, _places);
        // Where the lede ends: the figures before it are the story's (a live blog's later entries are their own).
        var (bodySentences, ledeEnd) = (0, int.MaxValue);
        // The last measure of what happened to people ("killed"), for "The latest count is 764" in a later sentence.
        Frame? storyMeasure = null;
        // The last figure read and its sentence, for a bare figure in the sentence right after ("The UN estimates there are 680,000").
        (Frame? Frame, int Sentence) lastFigure = (null, -1);
        // The side of the forces the sentence before counted ("two Ukrainian military helicopters were shot down"), for forces
        // the next sentence counts without one ("He said one pilot was killed").
        string? forcesBefore = null, forcesNow = null;
        // Figures first: what is read after a document's last figure (its sources, places) would serve
        // no claim, and the closing paragraphs of news often hold none.
        var figures = tokenized.Sentences.Select(s => _numbers.Find(s.Tokens) is var found && NonClaimFilter.IsTableDump(s.Tokens, found) ? [] : found).ToList();
        var last = figures.FindLastIndex(f => f.Count > 0);
        var quote = new OpenQuote();
        // The unit the document gives its distances in, for one it leaves out ("43 northeast of Donetsk").
        string? distanceUnit = null;
        // An account's posts ("@realDonaldTrump : - ...") are its own to the end of their paragraph.
        // "He said:" closing a paragraph: the words of the next are his ("This is something we never imagined ...").
        Attribution? posting = null, introduced = null;
        // Quotes are read from the same analysis, a line at a time, so sentences are read on to the last line that may hold one.
        var quotes = new QuoteLines(_quotes, document, tokenized);
        // A quotation still open at the last figure is read on to where it closes, for its speaker.
        var readTo = -1;
        for (var s = 0; s < figures.Count && (s <= last || quote.Waiting || s <= quotes.LastSentence); s++)
        {
            readTo = s;
            var (span, tokens) = tokenized.Sentences[s];
            quote.NewLine(document.Text, span.Start, tokens, claims);
            if (span.Start == 0 || document.Text[span.Start - 1] == '\n') { posting = introduced; paragraphTime.NewParagraph(); documentPlaces.NewParagraph(); }
            var current = document.SectionAt(span.Start);
            if (section is not null && current != section)
            {
                resolver.Reset();
                documentPlaces.NewEntry();
                storyDay.NewEntry();
                forcesBefore = null;
            }
            section = current;

            var attributions = resolver.Analyze(tokens, quote.IsOpen && !quote.Reopens);
            if (figures[s].Count == 0 && s > 0 && figures[s - 1].Count > 0)
                AttributeToTheNextSentence(claims, tokenized.Sentences[s - 1].Span.Start, attributions, tokens, _lexicon.Grammar);
            quotes.Read(s, attributions, resolver.LastPerson, current);
            quote.Read(tokens, attributions, claims);
            foreach (var attribution in attributions)
                if (attribution.Posting) posting = attribution with { SourceStart = -1, SourceEnd = -1 };
            introduced = IntroducesTheNextParagraph(attributions, tokens);
            var written = current.Date ?? document.Published;
            // Dates matter only to a sentence's figures: most sentences have none.
            List<DateMention>? dates = null;
            IReadOnlyList<NumberMention>? counts = null;
            var places = _places.Find(tokens, attributions);
            var headline = IsHeadline(document, span);
            // A photo's caption places its own figures; where the picture was taken is not where the story is.
            var caption = captions.Count > 0 && captions.Contains(PhotoCaptions.LineStart(document.Text, span.Start));
            var dateline = span.Start == 0 || document.Text[span.Start - 1] == '\n' ? _datelines.Read(tokens) : null;
            if (dateline is not null)
            {
                // A loop, not RemoveAll: a lambda capturing the dateline would allocate for every sentence.
                for (var p = places.Count - 1; p >= 0; p--)
                    if (places[p].FirstToken < dateline.EndToken) places.RemoveAt(p);
                places.Insert(0, dateline);
            }
            documentPlaces.ChooseHomonyms(places);
            if (headline) documentPlaces.Read(places, tokens, headline: true, null);
            else if (dateline is not null) documentPlaces.Read([], tokens, headline: false, dateline);
            var events = figures[s].Count > 0 || headline || documentEvents.ReadingLede ? documentEvents.Find(tokens) : DocumentEvents.NoneFound;
            var runningTotal = figures[s].Count > 0 && documentEvents.IsRunningTotal(tokens);
            SentenceText? sentence = null;
            Frame? previous = null, previousPeople = null;
            // Indexed: a foreach through the interface would allocate an enumerator for every sentence.
            var sentenceClaims = claims.Count;
            // "The 20 killed, 12 women and eight men": a count the document already gave, opening the sentence's figures.
            var repeatedTotal = double.NaN;
            for (var f = 0; f < figures[s].Count; f++)
            {
                var mention = figures[s][f];
                if (distanceUnit is not null && _places.BareDistance(tokens, mention)) mention = mention with { Unit = distanceUnit };
                if (dates is null)
                {
                    dates = SentenceDates(tokenized, s, document, current, written, dateline);
                    runningTotal = runningTotal || _asOf.CountedUpTo(dates, tokens);
                }
                if (_filter.Reason(tokens, mention, dates) is not null || _filter.DescribesSource(tokens, attributions, mention)) continue;
                if (_filter.RepeatsEarlier(tokens, mention, claims))
                {
                    if (claims.Count == sentenceClaims) repeatedTotal = mention.Low;
                    continue;
                }
                sentence ??= new SentenceText(document.Text, span)
                {
                    BodyStart = dateline?.EndToken ?? (span.Start == 0 || document.Text[span.Start - 1] == '\n' ? _datelines.AgencyLeadEnd(tokens) : 0),
                };
                // "No civilians were killed", "no one was hurt": a count of none says what did not happen to people; "no one knows" says nothing.
                if (mention.IsNone && !_lexicon.PeopleMetrics.Contains(_frames.Build(tokens, mention, sentence, previous, null, resolver.Mentions, storyMeasure, null).Metric))
                    continue;
                // "far below the Haitian government's official figure of 316,000": the measure's owner gave it, whoever reports it.
                // "BBC Hindi says 82 people died, far above the official count of 37": the authorities keep their count, whoever relays it, unless a possessive names whose.
                var owner = resolver.MeasureOwner(tokens, mention.FirstToken);
                var attribution = (owner is not null && NamesOnlyATime(owner.Claimant) ? null : owner) ?? Governing(attributions, mention, tokens, quote)
                                  ?? resolver.MeasureOwnerPointedTo(tokens, mention.FirstToken);
                if (owner is null && resolver.KeptByAuthorities(tokens, mention.FirstToken) is { } authorities && !IsAuthority(attribution)) attribution = authorities;
                if (attribution is not null && NamesOnlyATime(attribution.Claimant)) attribution = null;
                // Inside a quotation that goes on past this sentence: its speaker is named where it closes.
                if (attribution is null && quote.IsOpen && quote.Inside(tokens, mention.FirstToken) && quote.ClosingAfter(tokens, mention.FirstToken, mention.EndToken) is null)
                    quote.Await(claims.Count);
                // "“And they can ask the dozens of enemy combatants in Guantanamo Bay.”" after Sessions's quote: the same speaker goes on.
                else attribution ??= quote.Continued(tokens, mention.FirstToken) ?? posting;
                // Only a sentence saying "the country" needs to know the speaker's.
                var speaker = new PlaceSpeaker(SpeakerCountry(attribution, tokens), _places.NamesTheCountry(tokens, mention), NationalBody(attribution, tokens), Governs(attribution, tokens));
                var place = documentPlaces.For(places, mention, tokens, speaker);
                // "A total 340 people from 19 countries were injured, of whom 101 remain in hospital": "whom" points back to people, not to the countries.
                var before = previous is not null && !_lexicon.PeopleSubjects.Contains(previous.Subject) && PointsBackToPeople(tokens, mention, sentence.BodyStart) ? previousPeople : previous;
                var frame = _frames.Build(tokens, mention, sentence, before, attribution?.Side ?? NationalsAbroad(attribution, place), resolver.Mentions, storyMeasure,
                    lastFigure.Sentence == s - 1 ? lastFigure.Frame : null);
                if (frame.Subject is { } forces && _lexicon.SidedSubjects.Contains(forces))
                {
                    if (frame.Side is null && forcesBefore is not null) frame = frame with { Side = forcesBefore };
                    forcesNow = frame.Side ?? forcesNow;
                }
                // A toll a national body or a country's authorities give, where the sentence names no place, is counted in their country; not
                // a crowd ("The National Park Service ... said an anti-Vietnam War protest in 1969 drew 600,000 people" in Washington).
                if (place is not { From: Provenance.Sentence } && _lexicon.PeopleMetrics.Contains(frame.Metric) && !_crowdMetrics.Contains(frame.Metric)
                    && documentPlaces.SpeakersCountry(speaker) is { } home) place = home;
                else if (place is not { From: Provenance.Sentence or Provenance.Caption } && _lexicon.PeopleMetrics.Contains(frame.Metric)
                         && documentPlaces.ScopedInParagraph is { } scoped) place = scoped;
                // "Just one hospital, Rizk Hospital, said 400 people had gone there to be treated": a named hospital counts those it took in, there.
                if (place is not { From: Provenance.Sentence, Precision: PlacePrecision.Site } && IntakeSite(attribution, tokens) is { } intake) place = intake;
                if (place is not { From: Provenance.Sentence } && SpeakingPlace(attribution, tokens, places) is { } speaking) place = speaking;
                if (frame.Metric == "distance") distanceUnit = frame.Unit;
                if (_lexicon.PeopleMetrics.Contains(frame.Metric)) storyMeasure = frame;
                // "80 deaths at two Cairo hospitals, another 36 in Alexandria": a count of the places a figure is in is no measure the next
                // figure leaves out.
                if (!(frame.Metric == "count" && mention.FirstToken > 0 && Grammar.ContainerPrepositions.Contains(tokens[mention.FirstToken - 1]) && previous is not null))
                    previous = frame;
                if (_lexicon.PeopleSubjects.Contains(frame.Subject)) previousPeople = frame;
                lastFigure = (frame, s);
                // Only a place stated with the figure says whose police or officials speak.
                attribution = ForUnnamedSource(attribution, place is { From: Provenance.Sentence } ? place.Value.Name : null);
                var happened = documentEvents.For(events, mention);
                var asOf = _asOf.Of(frame.Standing ? NoDates : dates, mention, tokens, document, current, attributions, runningTotal);
                if (!headline) storyDay.Read(asOf, happened?.Kind, written);
                asOf = storyDay.For(asOf, happened?.Kind, toPeople: !frame.Standing && _lexicon.PeopleMetrics.Contains(frame.Metric), runningTotal);
                if (!frame.Standing) asOf = paragraphTime.For(asOf, OpensWithItsTime(tokens, sentence.BodyStart, asOf), s);
                if (frame.ReportedHeadCount) (reportedHeadCounts ??= []).Add(claims.Count);
                claims.Add(new Claim
                {
                    Document = document.Path,
                    Metric = frame.Metric,
                    Subject = frame.Subject,
                    Side = frame.Side,
                    Low = mention.Low,
                    High = mention.High,
                    Qualifier = mention.Qualifier,
                    Unit = frame.Unit,
                    Claimant = attribution is { Person: true } person ? SourcePhrase.PersonName(person.Claimant) : attribution?.Claimant ?? Claim.Unattributed,
                    ClaimantBody = attribution?.Body,
                    Publisher = Outlet(document.Publisher),
                    ClaimantSpan = attribution is { SourceStart: >= 0 } a && a.SourceEnd <= tokens.Count ? new TextSpan(tokens[a.SourceStart].Start, tokens[a.SourceEnd - 1].End) : attribution?.NamedAt,
                    AssertedOn = asOf.Day,
                    AsOfPrecision = asOf.Precision,
                    AsOfText = asOf.Text,
                    AsOfFrom = asOf.From,
                    AsOfSpan = asOf.Span,
                    ReportedOn = current.Date ?? document.Published,
                    Period = frame.Period,
                    Location = place?.Name,
                    LocationPrecision = place?.Precision,
                    LocationFrom = place?.From,
                    LocationSpan = place?.Span,
                    PlacePath = place is null ? null : documentPlaces.PathOf(place.Value.Name, place.Value.Precision, places),
                    MeasuredFrom = _places.MeasuredFromPlace(places, mention, tokens) is { } from ? _lexicon.Places.PathOf(from.Name) : null,
                    Event = happened?.Kind,
                    EventFrom = happened?.From,
                    RunningTotal = runningTotal,
                    // A witness's sighting ("saw three bodies on the street") is part of what happened, never a rival toll.
                    PartOfGroup = _parts.IsPart(tokens, mention, counts ??= OutsideDates(figures[s], dates)) || _parts.Added(tokens, mention) && CountedBefore(claims, frame.Metric) || _parts.AddsToAMeasure(tokens, mention)
                                  || attribution is { Sighting: true } || CountedIntakeSites(attribution),
                    Modality = frame.Modality,
                    Start = tokens[mention.FirstToken].Start,
                    End = tokens[mention.EndToken - 1].End,
                    SentenceStart = span.Start,
                    SentenceEnd = span.End,
                    Sentence = sentence.Text,
                });
            }
            _parts.MarkCoordinated(claims, sentenceClaims, tokens);
            PartOfGroup.MarkSums(claims, sentenceClaims, repeatedTotal);
            _parts.MarkIncrements(claims, sentenceClaims, tokens);
            _parts.MarkListedBreakdown(claims, sentenceClaims, tokens);
            _parts.MarkEarlierLevels(claims, sentenceClaims, tokens);
            PlaceWholeWithItsPart(claims, sentenceClaims);
            (forcesBefore, forcesNow) = (forcesNow, null);
            if (caption) documentPlaces.ReadCaption(places, tokens);
            else if (!headline) documentPlaces.Read(places, tokens, headline: false, null);
            if (!headline && !caption) eventSites.Read(tokens, places);
            if (!headline) storyDay.SentenceRead();
            if (!headline && ++bodySentences == Events.DocumentEvents.LedeSentences) ledeEnd = span.End;
            if (headline) documentEvents.ReadHeadline(events);
            // Only while the lede may still name the story: past it, no sentence's dates are looked at again.
            else if (documentEvents.ReadingLede) documentEvents.ReadLede(events, OfAnotherTime(dates, written));
        }
        // A quotation the document ends inside (a page cut off mid-quote) is in the words of the speaker it went on from.
        quote.Flush(claims);
        // The sentence right after the last figure may still name their source ("Police Headquarters revealed the figure ...").
        if (readTo == last && last >= 0 && last + 1 < figures.Count && figures[last + 1].Count == 0)
            AttributeToTheNextSentence(claims, tokenized.Sentences[last].Span.Start, resolver.Analyze(tokenized.Sentences[last + 1].Tokens, false),
                tokenized.Sentences[last + 1].Tokens, _lexicon.Grammar);
        // "At least eight people were killed ... when a freight train slammed into a passenger train. The crash happened ...":
        // a lede figure read before the lede named its event is of the story's event too.
        // The lede may name its event after the document's last figure.
        for (var s = last + 1; s < tokenized.Sentences.Count && documentEvents.ReadingLede; s++)
            documentEvents.ReadLede(documentEvents.Find(tokenized.Sentences[s].Tokens), ofAnotherTime: false);
        // "The crash happened in the eastern Indian state of West Bengal" may come after the last figure too.
        for (var s = last + 1; s < tokenized.Sentences.Count; s++) eventSites.Read(tokenized.Sentences[s].Tokens);
        if (documentEvents.Story is { } story)
            for (var c = 0; c < claims.Count; c++)
                if (claims[c].Event is null) claims[c] = claims[c] with { Event = story, EventFrom = Provenance.Lede };
        // "The union CGT reported 3.5 million people" in a report of a protest: a source's plain head count there is the turnout.
        if (reportedHeadCounts is not null)
            foreach (var c in reportedHeadCounts)
                if (claims[c] is { Event: { } kind } counted && counted.Claimant != Claim.Unattributed && _lexicon.HeadCountMetrics.TryGetValue(kind, out var headCount))
                    claims[c] = counted with { Metric = headCount };
        // "187 bodies not identified yet, toll revised to 275" over "Balasore, June 4": a headline or lede figure nothing placed is where the
        // lede sets the story.
        if (documentPlaces.Setting is { } setting)
            for (var c = 0; c < claims.Count; c++)
                if (claims[c].Location is null && claims[c].Start < ledeEnd)
                    claims[c] = claims[c] with
                    {
                        Location = setting.Name, LocationPrecision = setting.Precision, LocationFrom = setting.From, LocationSpan = setting.Span,
                        PlacePath = documentPlaces.PathOf(setting.Name, setting.Precision),
                    };
        eventSites.Refine(claims, documentPlaces);
        DropSubheadingsGivenBelow(claims, document.Text, document.Title);
        HeadlineTotalsGivenBelow(claims, document.Title);
        // Quotations too: "the Chief Secretary" who is quoted is the person the document named with that title.
        claims.AddRange(quotes.Found);
        NamedInFull(claims, resolver, tokenized.Sentences.Skip(last + 1));
        return NumberOccurrences(claims);
    }

    /// <summary>Whether the report has already given a count of what happened to people of this kind ("died" before "Another 67 people died").</summary>
    private bool CountedBefore(List<Claim> claims, string metric)
    {
        if (!_lexicon.PeopleMetrics.Contains(metric)) return false;
        foreach (var claim in claims)
            if (claim.Metric == metric) return true;
        return false;
    }

    /// <summary>
    /// A source named by a surname or an acronym before its full name ("Nuland: At least 400-500 ..." in a
    /// headline, "...: CBO") is the person or organisation the document names in full later. A country speaks
    /// for itself: "Myanmar said" after "mostly Buddhist Myanmar" is Myanmar.
    /// </summary>
    private void NamedInFull(List<Claim> claims, ClaimantResolver resolver, IEnumerable<TokenizedSentence> unread)
    {
        // A surname or acronym, or a title in lower case ("interior minister").
        bool Short(Claim claim) =>
            (!claim.Claimant.Contains(' ') || !claim.Claimant.Any(char.IsUpper)) && claim.ClaimantBody is null && claim.Claimant != Claim.Unattributed
            && !_listedClaimants.Contains(claim.Claimant) && !_lexicon.Places.IsCountry(claim.Claimant);
        if (!claims.Any(Short)) return;
        // Sentences after the last figure are read for names only while a source is still unknown.
        if (claims.Any(c => Short(c) && !resolver.Names.ContainsKey(c.Claimant)))
            foreach (var sentence in unread) resolver.LearnNames(sentence.Tokens);
        for (var i = 0; i < claims.Count; i++)
        {
            if (!Short(claims[i])) continue;
            var claimant = claims[i].Claimant;
            // "...: CBO" in a headline, "the Congressional Budget Office said" in the text: an acronym is the
            // source whose initials it spells.
            var full = resolver.Names.GetValueOrDefault(claimant)
                       ?? (claimant.Length >= 2 && claimant.All(char.IsUpper) ? claims.Select(c => c.Claimant).FirstOrDefault(c => Initials(c) == claimant) : null);
            if (full is not null && full != claimant) claims[i] = claims[i] with { Claimant = full };
        }
    }

    /// <summary>The initials of a name's capitalized words: "Congressional Budget Office" is CBO.</summary>
    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    /// <summary>
    /// "The Indian Express (AP)" carries AP's copy: the agency is the outlet. A place in the brackets only tells one outlet from another
    /// of its name: "The Standard (Kenya)" is The Standard.
    /// </summary>
    private string? Outlet(string? publisher)
    {
        if (publisher is null) return null;
        var open = publisher.LastIndexOf('(');
        var close = publisher.LastIndexOf(')');
        if (open < 0 || close <= open + 1) return publisher.Trim();
        var bracketed = publisher[(open + 1)..close].Trim();
        return _lexicon.Places.ByAliasIgnoringCase(bracketed) is not null && open > 0 ? publisher[..open].Trim() : bracketed;
    }

    /// <summary>Identical claims repeated in one document get distinct occurrence numbers, so distinct ids.</summary>
    [ThreadStatic] private static Dictionary<string, int>? _seenIds;

    private static List<Claim> NumberOccurrences(List<Claim> claims)
    {
        var seen = _seenIds ??= new Dictionary<string, int>(StringComparer.Ordinal);
        seen.Clear();
        for (var i = 0; i < claims.Count; i++)
        {
            var key = claims[i].Id;
            if (seen.TryGetValue(key, out var count))
            {
                claims[i] = claims[i] with { Occurrence = count };
                seen[key] = count + 1;
            }
            else seen[key] = 1;
        }
        return claims;
    }

    /// <summary>"The search on August 2 yielded 14 more bodies": the numbers of dates are no figures a part could follow.</summary>
    private static IReadOnlyList<NumberMention> OutsideDates(IReadOnlyList<NumberMention> figures, List<DateMention>? dates) =>
        dates is not { Count: > 0 } ? figures : figures.Where(f => !dates.Any(d => d.FirstToken <= f.FirstToken && f.EndToken <= d.EndToken)).ToList();

    /// <summary>"Floods in Bokyrsk last year killed 1,442 people", "A similar attack in 1999": a sentence about another time.</summary>
    private static bool OfAnotherTime(List<DateMention>? dates, DateOnly? written)
    {
        if (dates is null || written is not { } day) return false;
        foreach (var date in dates)
            // "A crush and stampede last month ... killed at least 1,264 people": a month, week or year is as near as its last day.
            if (date.Day is { } then && day.DayNumber - AsOfPrecision.Days(then, date.Precision).Last > StoryDays) return true;
        return false;
    }
}
