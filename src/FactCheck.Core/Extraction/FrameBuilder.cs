namespace FactCheck.Extraction;

/// <summary>
/// Reads the words around a figure: what was counted (the nearest metric trigger, preferring
/// those after the figure and in its own clause), who (see <see cref="CountedGroupReader"/>), for which
/// period, where, and whether the sentence asserts, projects or compares.
/// </summary>
internal sealed partial class FrameBuilder(Lexicon lexicon)
{
    private const int MetricReach = 12;
    private Grammar Grammar => lexicon.Grammar;
    private readonly CountedGroupReader _groups = new(lexicon);

    /// <summary>
    /// "Five Argentine tourists, a Belgian woman, a New Yorker and a New Jersey man were killed": the figure heads a list of
    /// subjects, and the verb they share comes after the list, however long; where that verb ends (a few words past its
    /// "were"), or <paramref name="from"/> when no such list follows.
    /// </summary>
    private int ListedSubjectEnd(List<Token> tokens, int from)
    {
        var listed = false;
        for (var k = from; k < Math.Min(tokens.Count, from + 30); k++)
        {
            var token = tokens[k];
            if (Grammar.BeForms.Contains(token) || Grammar.Auxiliaries.Contains(token)) return listed ? Math.Min(tokens.Count, k + 4) : from;
            if (token.Text == "," || Grammar.Coordinators.Contains(token)) listed = true;
            else if (!token.IsWord || !Grammar.Articles.Contains(token) && !token.IsCapitalized
                     && (Grammar.FunctionWords.Contains(token) || token.Lower.EndsWith("ed", StringComparison.Ordinal) || token.Lower.EndsWith("ing", StringComparison.Ordinal)))
                return from;
        }
        return from;
    }

    public Frame Build(List<Token> tokens, NumberMention mention, SentenceText sentence,
        Frame? previous, string? claimantSide, IReadOnlyList<(int Index, ClaimantEntry Entry)> claimants, Frame? storyMeasure = null, Frame? sentenceBefore = null)
    {
        // "revised the death toll to 275 from 288": the earlier value of the same measure.
        // The value a forecast moves from is the present one: "would slash the corporate tax rate to 20 percent from 35 percent".
        if (previous is not null && IsEarlierValue(tokens, mention, previous))
            return previous.Modality == Extraction.Modality.Projection ? previous with { Modality = Extraction.Modality.Asserted } : previous;
        // "Death toll from Maui wildfires drops from 115 to 97 with 31 people still missing": the level a measure moved to is of the
        // measure it moved from, whatever follows.
        if (previous is not null && IsLaterLevel(tokens, mention, previous)) return previous;
        // A sum of money counts nobody: "$1.7 million has been on personnel salary".
        var unread = false;
        var (subject, side) = mention.IsOrdinal || IsCurrency(mention.Unit) ? (null, null) : _groups.Read(tokens, mention, previous, claimantSide, claimants, out unread);
        // "Two of those were due to trees falling", "Five of those deaths": a pronoun names no group; the whole it points back to does.
        var pointsBack = subject is not null && lexicon.PartOf.Contains(subject);
        if (pointsBack) subject = null;
        if (side is null && mention.Unit == "" && !mention.IsOrdinal) side = _groups.SideOfToll(tokens, mention);
        // "More than 200 demonstrations took place", "an estimated 250 protests nationwide": a plural event noun right after the figure is
        // what it counts, events, not the people at them.
        var countedEvents = subject is null && mention.Unit == "" ? CountedEvents(tokens, mention) : null;
        if (subject is null && countedEvents is null && mention.Unit == "" && CountsPeopleByWhatHappened(tokens, mention, unread ? null : previous)) subject = "people";
        // "two helicopters were shot down and their pilots killed, raising the death toll to two": a toll that
        // names no group of its own counts the group its sentence says was killed.
        if (subject is null && mention.Unit == "" && TriggerJustBefore(tokens, mention.FirstToken) && _groups.NamedVictims(tokens, mention.FirstToken) is { } victims)
            (subject, side) = (victims, side ?? _groups.SideOfForces(victims, tokens, mention.FirstToken, claimants));
        // "five countries opposing it and 35 abstaining": an elliptical figure counts what the one before it did; not the whole the one
        // before was among ("35 Pakistanis among 900 perished").
        // "raising the death toll to two" names its own measure, and counts no helicopters; "the death toll ... climbed to at least 242" no cases.
        var elliptical = subject is null && !unread && previous is not null && !mention.IsOrdinal && mention.Unit == "" && previous.Unit is "people" or "count"
                         && !TriggerJustBefore(tokens, mention.FirstToken) && !TollRoseTo(tokens, mention.FirstToken)
                         && !(mention.FirstToken > 0 && Grammar.WholeLinks.Contains(tokens[mention.FirstToken - 1]));
        // "five from Iran, four each from China": people from somewhere of their own are not of the previous figure's side.
        if (elliptical) (subject, side) = (previous!.Subject, side ?? (FromAfter(tokens, mention) ? null : previous.Side));
        // "a slim 52-48 majority", "reduce their majority in the Senate to 51-49": a majority's tally counts seats.
        if (mention.IsTally && (subject is null || lexicon.SeatMajorities.Contains(subject)) && _groups.SeatMajorityNear(tokens, mention)) (subject, side) = ("seats", null);
        var isPeople = subject is not null && lexicon.PeopleSubjects.Contains(subject);
        // An unlisted noun ("769 pilgrims", "26 worshippers") may count people: casualty words still fit it.
        var listed = subject is null || lexicon.SubjectNames.Contains(subject);
        // Shares, money and distances are named by their unit, never by a nearby casualty word; a sum of
        // money only by what the sum is ("$40 billion in damages").
        // "fell 227.01 points to 23,336.35": a figure with a fraction counts no people.
        var fraction = mention.Low == mention.High && mention.Low % 1 != 0;
        // "killing 50 people at two mosques", "treated in six hospitals": an unlisted noun after a preposition of place counts
        // places or things, which nothing killed; so does a place noun's plural ("The deaths span 13 counties").
        var container = !listed && (mention.FirstToken > 0 && Grammar.ContainerPrepositions.Contains(tokens[mention.FirstToken - 1]) || lexicon.Places.PluralNouns.Contains(subject!));
        var metric = mention.IsOrdinal ? OrdinalMetric(tokens, mention)
            : mention.Unit == "" ? Metric(tokens, sentence.BodyStart, mention, t => t.Fits(fraction || container ? false : subject is null || !listed ? null : isPeople))
            : IsCurrency(mention.Unit) ? Metric(tokens, sentence.BodyStart, mention, t => t.Money, ownOnly: true) : null;
        if (countedEvents is not null && (metric is null || lexicon.PeopleMetrics.Contains(metric))) (metric, subject) = ("count", countedEvents);
        // "362 bodies have been brought to the Jinnah Hospital, 170 to Civil, 190 to Abbasi Shaheed": an elliptical
        // figure no word of its own names is what the one before it was, however far that one's word now is.
        if (metric is null && elliptical && previous!.Metric != "count" && NamesNothingAfter(tokens, mention) && !MeasureSinceLastFigure(tokens, mention.FirstToken))
            metric = previous.Metric;
        // "The latest count is 764", "The ministry had initially given a higher tally, of 38", "Organisers said 50,000 people joined the
        // march, while police put the number at 12,000": a bare measure is the measure the story has been giving.
        // "The Met police said they estimated 300,000 people were marching. ... the police are saying at least 750,000": so is a bare
        // figure a reporting verb gives.
        else if (metric is null && (subject is null || elliptical) && mention.Unit == "" && storyMeasure is not null
                 && (BareMeasureJustBefore(tokens, mention) || ReportedBare(tokens, mention)))
        {
            // Counted as the story's measure counts, in its unit: "estimated up to 400" meets "around 750 people were on board". "... estimates
            // that 375,000 people are still in temporary resettlement camps. The UN estimates there are 680,000": a figure a verb gives bare,
            // right after a sentence that counted people, counts what that sentence did.
            var measure = sentenceBefore is { Unit: "people" } && !BareMeasureJustBefore(tokens, mention) ? sentenceBefore : storyMeasure;
            (metric, subject, side) = (measure.Metric, measure.Subject, measure.Side);
            isPeople = lexicon.PeopleSubjects.Contains(subject);
        }
        // "Nearly 100 people missing ..., including 85 firefighters, ... as death toll rises to 112": a part counts what happened to its whole.
        // "90 people were taken to the hospital ..., of whom 30 died": not a part whose own verb says what happened to it.
        if (previous is not null && lexicon.PeopleMetrics.Contains(previous.Metric) && (subject is null || isPeople) && mention.Unit == ""
            && PartOfGroup.IntroducedAsPart(lexicon, tokens, mention) && !OwnTriggerAfter(tokens, mention))
            metric = previous.Metric;
        // "The county confirmed four deaths. Two of those were due to trees falling": or the sentence's before, named by no trigger of its own.
        else if (pointsBack && metric is null && previous is null && sentenceBefore is { } before && lexicon.PeopleMetrics.Contains(before.Metric) && !OwnTriggerAfter(tokens, mention))
            (metric, subject, side, isPeople) = (before.Metric, before.Subject, side ?? before.Side, lexicon.PeopleSubjects.Contains(before.Subject));
        if (mention.IsOrdinal) subject = metric == "anniversary" ? "anniversary" : "war";
        // "On a vote of 231 to 198": a tally naming no group counts what its measure does, votes, not people.
        else if (subject is null && metric is not null && mention.IsTally && !lexicon.PeopleMetrics.Contains(metric)) subject = metric;
        // "The quake toppled dozens of buildings and left millions without electricity": a group named in words not read is
        // no group of people the nearest event word can make of it.
        else if (subject is null && metric is not null && mention.Unit == "" && !unread) (subject, isPeople) = ("people", true);
        // "the highest number of cases (10,306), while Liberia accounts for the most deaths (3,587)": a figure alone in
        // brackets after a noun counts that noun, whatever the words around say.
        if (mention.Unit == "" && !mention.IsOrdinal && BracketedAfter(tokens, mention) is { } noun)
        {
            var named = lexicon.MetricTriggers.Match(tokens, noun)?.Value.FirstOrDefault(t => !t.Money && !t.NeedsPeopleNoun);
            metric = named?.Metric ?? "count";
            subject = lexicon.Subjects.Match(tokens, noun)?.Value ?? (named is { People: true } ? "people" : tokens[noun].Lower);
            isPeople = lexicon.PeopleSubjects.Contains(subject);
        }
        // "The storm killed hundreds in a country of nearly 20 million people": a population counts who live there, whatever happened to others.
        if (mention.Unit == "" && _groups.IsPopulation(tokens, mention)) metric = "count";
        metric ??= mention.Unit == "" ? "count" : IsCurrency(mention.Unit) ? "money" : lexicon.UnitMeasures.GetValueOrDefault(mention.Unit, "amount");
        if (metric == "rescued" && NoneSurvived(tokens, mention)) metric = "killed";
        // A share is of a whole, not a count of a group: "9 percent of refugees" counts no refugees.
        if (metric == "share") (subject, side) = (null, null);
        var unit = mention.Unit != "" ? mention.Unit : mention.IsOrdinal ? (metric == "anniversary" ? "year" : "day") : isPeople ? "people" : "count";
        return new Frame(metric, subject ?? "unspecified", side, unit, Period(sentence, mention, tokens),
            null, Modality(sentence, tokens, mention), Standing: IsStanding(tokens, mention, metric),
            ReportedHeadCount: metric == "count" && unit == "people" && CountedBySource(tokens, mention));
    }

    /// <summary>
    /// A figure that holds whatever the day: a distance ("20 kilometres south of Donetsk"), not a length
    /// of something ("2,200 miles of roads damaged"), or a place's population.
    /// </summary>
    private bool IsStanding(List<Token> tokens, NumberMention mention, string metric) => metric switch
    {
        "distance" => mention.EndToken >= tokens.Count || tokens[mention.EndToken].Lower != "of",
        "count" => _groups.IsPopulation(tokens, mention),
        _ => false,
    };

    /// <summary>A figure right after "from" that follows another figure in the same unit, its noun not repeated: "to 275 from 288".</summary>
    private bool IsEarlierValue(List<Token> tokens, NumberMention mention, Frame previous)
    {
        var link = mention.FirstToken - 1;
        // "revised the toll to 275 from 288"; "Around 84,000 protesters turned out ... on Saturday, up from 50,000 the previous week".
        if (link < 1 || !Grammar.EarlierValueLinks.Contains(tokens[link])
            || tokens[link - 1].Kind != TokenKind.Number && !(Grammar.ChangeAdverbs.Contains(tokens[link - 1]) && link >= 2 && tokens[link - 2].Text == ","))
            return false;
        if (mention.EndToken < tokens.Count && lexicon.Subjects.Match(tokens, mention.EndToken) is not null) return false;
        return mention.Unit == previous.Unit || mention.Unit == "" && previous.Unit is "people" or "count";
    }

    /// <summary>
    /// A figure right after "from", a figure and "to", its noun not repeated, or a noun of those a toll counts: "from 115 to 97", "from
    /// initial reports of 20 to 50 victims".
    /// </summary>
    private bool IsLaterLevel(List<Token> tokens, NumberMention mention, Frame previous)
    {
        var link = mention.FirstToken - 1;
        if (link < 2 || tokens[link].Lower != "to" || tokens[link - 1].Kind != TokenKind.Number) return false;
        var from = Grammar.FromOpeningEarlierFigure(tokens, link - 2) is var opening and >= 0 ? opening : link - 2;
        if (tokens[from].Lower != "from") return false;
        if (mention.EndToken < tokens.Count && lexicon.Subjects.Match(tokens, mention.EndToken) is not null && !lexicon.TollGroups.Contains(tokens[mention.EndToken].Lower))
            return false;
        return mention.Unit == previous.Unit || mention.Unit == "" && previous.Unit is "people" or "count";
    }

    private static bool IsCurrency(string unit) => unit.Length == 3 && unit.All(char.IsUpper);

    /// <summary>
    /// The metric of the nearest trigger that <paramref name="fits"/> the figure. With <paramref name="ownOnly"/>, only
    /// a trigger in the figure's own clause, with no other figure between: "$700,000 to repair damage ..., and $1.2
    /// billion for troops" leaves the troops' sum unnamed.
    /// </summary>
    private string? Metric(List<Token> tokens, int bodyStart, NumberMention mention, Func<MetricTrigger, bool> fits, bool ownOnly = false)
    {
        var parenthetical = Parenthetical(tokens, mention);
        (string Metric, int Score)? best = null;
        // "two members of the monitoring team were detained": the best trigger in the figure's own clause that does more than name the group.
        (string Metric, int Score)? happened = null;
        var bestNamesGroup = false;
        // "The death toll from a cyclone that hit the coast of southern India has risen to 33": a figure a
        // measure rose to is that measure's, however far back its subject is named.
        var roseTo = TollRoseTo(tokens, mention.FirstToken);
        var back = roseTo ? mention.FirstToken : MetricReach;
        // "The number of people killed in a flooding disaster near Rio de Janeiro last week could top 1,000": the measure the sentence (or a
        // clause moving it to the figure) opens with is its first figure's, however far the predicate puts it, when no other trigger stands
        // between them or follows the figure in its clause ("with 105 people reported missing").
        var measure = OpeningMeasure(tokens, bodyStart, mention.FirstToken) ?? ReportedMeasure(tokens, bodyStart, mention.FirstToken)
                      ?? (roseTo ? ClauseMeasure(tokens, bodyStart, mention.FirstToken) : null);
        // The object of a cued verb holds to the figure its cue takes over any trigger in the object's own words ("in Friday's blast").
        var cued = measure is null && (measure = GappedMeasure(tokens, mention.FirstToken) ?? CuedMeasure(tokens, mention.FirstToken)) is not null;
        var opening = measure?.Trigger.FirstOrDefault(fits);
        var openingEnd = measure?.End ?? 0;
        var ahead = Math.Max(MetricReach, ListedSubjectEnd(tokens, mention.EndToken) - mention.EndToken);
        var relative = RelativeClauseOnNoun(tokens, mention);
        for (var k = Math.Max(0, mention.FirstToken - back); k < Math.Min(tokens.Count, mention.EndToken + ahead + parenthetical.Count); k++)
        {
            if (lexicon.MetricTriggers.Match(tokens, k) is not { } trigger || lexicon.Time.MonthAt(tokens, k, Grammar.MonthLeadIns) || OnePersons(tokens, k, trigger.Length)) continue;
            // "The death count ... was expected to climb past 75 with 300 people still missing": a trigger past another figure is that one's.
            // "The death toll from student protests in Bangladesh rose to 201", "Death toll rises to 50 in Christchurch mosque attacks": a
            // trigger in a phrase a preposition opens names the event the measure counts in, not another measure.
            if (opening is not null && k >= openingEnd && (k < mention.FirstToken ? !cued : !Crosses(tokens, mention.EndToken, k, parenthetical) && !FigureBetween(tokens, mention.EndToken, k, parenthetical))
                && !EventNamedInPhrase(tokens, k, k < mention.FirstToken ? openingEnd : mention.EndToken)
                // "The death toll in Russia's Crocus City Hall terrorist attack has grown to 140", "The death toll in the September 8 protest
                // led by Gen-Z in Nepal has risen to 30": what stands between the measure and the verb that moves it is the measure's subject.
                && !(roseTo && !cued && k < mention.FirstToken && openingEnd < tokens.Count && (lexicon.Places.Prepositions.Contains(tokens[openingEnd].Lower) || Grammar.DatePrepositions.Contains(tokens[openingEnd])))
                // "Death toll in Mexico earthquake rises above 200 as rescuers are searching for survivors": another clause's trigger.
                && !(k > mention.EndToken && ClauseOpensBetween(tokens, mention.EndToken, k))
                // "The death toll from the terrorist attack in the German city of Magdeburg, when a car rammed into a crowd at a Christmas
                // market, has risen to 5": an aside set off by commas between the measure and its figure tells of something else.
                && !(k < mention.FirstToken && SetOffByCommas(tokens, openingEnd, k, mention.FirstToken)))
                opening = null;
            var fitting = trigger.Value.FirstOrDefault(t => fits(t) && !(t.OnlyBefore && k >= mention.FirstToken) && !(t.OnlyAfter && !NounOf(tokens, mention, k))
                                                                 && !(t.OnlyMeasured && !GroupOfItsMeasure(tokens, mention, k))
                                                                 && !(t.NeedsPeopleNoun && k >= mention.EndToken && ObjectAfter(tokens, k + trigger.Length)));
            // "several dozen police keeping watch on the edges of the crowd": an event named further on, with
            // its article, is what the figure is near, not what it measures ("37 of the injured", "are among
            // the dead" are close and still do).
            var namedEvent = k > mention.EndToken + 4 && DeterminedBefore(tokens, k, mention.EndToken) is var determiner and > 0 && tokens[determiner - 1].Lower is not ("among" or "amongst")
                             && !tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal);
            // "Death toll rises to 288, Rs 15.6 cr compensation given to 531 people": a measure linked to the figure it names is that figure's alone.
            // "over 800,000 livestock killed and 2,200 miles of roads and 157 bridges damaged": a verb right after another
            // figure is that figure's, when this one has a verb of its own.
            // "a further 13 deaths and 30 cases": a noun right after another figure is that figure's, when this one names its own.
            // "Yemen could see 250,000 cholera cases within six months, as death toll rises to 242": so is one linked to a later figure.
            // "Hamas gunmen who killed 1,400 Israelis by vowing to destroy the group, putting the 2.3 million people living in Gaza under
            // a total siege": a verb whose object is another figure is that figure's, not one in a participle's clause after it.
            // "Of the 40 people taken to Christchurch Hospital, one has since died": past the whole's comma, what happened is the part's.
            var ownedByAnother = k > mention.EndToken && OpensAsAWhole(tokens, bodyStart, mention) && PartOfGroup.CommaBetween(tokens, mention.EndToken, k)
                                 || k + trigger.Length < mention.FirstToken && (LinksToFigure(tokens, k + trigger.Length, mention.FirstToken)
                                                                             || FollowsFigure(tokens, k, parenthetical) && (OwnPredicate(tokens, mention) || OwnThingNoun(tokens, mention))
                                                                             || IsFigure(tokens, k + trigger.Length) && ParticipleClauseBetween(tokens, k + trigger.Length, mention.FirstToken))
                                 || k > mention.EndToken && (LinksToFigure(tokens, k + trigger.Length, tokens.Count) || ObjectFigureAt(tokens, k + trigger.Length)
                                                             // "more than 2,000 houses were damaged and more than 5,000 people were taken to evacuation
                                                             // centres": past another figure, a trigger is that one's when this one has a verb of its own.
                                                             // "One hundred countries approved the resolution, while 58 countries abstained": a
                                                             // contrast sets two of a kind side by side.
                                                             || OwnPredicate(tokens, mention) && AnyFigureBetween(tokens, mention.EndToken, k, parenthetical)
                                                                && !ContrastBetween(tokens, mention.EndToken, k));
            // "three people were killed ... after about 300 protesters armed with stun grenades tried to seize a base": a figure
            // with a verb of its own in a clause opened after the trigger is that clause's.
            var ownClause = k + trigger.Length <= mention.FirstToken && (ClauseOpensBetween(tokens, k + trigger.Length, mention.FirstToken)
                                                                        && (OwnPredicate(tokens, mention) || OwnPredicateAfterModifiers(tokens, mention) || ClauseSetOffBetween(tokens, k + trigger.Length, mention.FirstToken))
                                                                        || OpensAfterAMove(tokens, k + trigger.Length, mention.FirstToken) && Grammar.MeasureNouns.Contains(tokens[k + trigger.Length - 1]))
                            // "nearly 800 people were underground and authorities said most deaths ...": a statement joined after the figure is another clause.
                            || k > mention.EndToken && (StatementJoinedBetween(tokens, mention.EndToken, k) || SubjectJoinedBetween(tokens, mention.EndToken, k));
            // "their two morgues in the city had received more than 400 corpses": the noun right after a later figure is what that one
            // counts. Not the part's after a whole: "out of the 275, 88 bodies have been identified".
            var anothersNoun = k > mention.EndToken && IsFigure(tokens, k - 1) && FigureBetween(tokens, mention.EndToken, k, parenthetical) && !WholeOfAPart(tokens, mention);
            // "where 16 people have died in the past month and dozens of communities are in a state of emergency", "Four people died and
            // 12 are in hospital": a verb another figure's clause gave it is not this one's, when this one opens a clause of its own.
            var anothersClause = k + trigger.Length <= mention.FirstToken && mention.FirstToken > 0 && Grammar.Coordinators.Contains(tokens[mention.FirstToken - 1])
                                 && FigureJustBefore(tokens, k) && OwnVerbAfter(tokens, mention);
            // "Rebels regularly conduct lightning attacks on checkpoints, and earlier this week they blew up three bridges": a clause of its
            // own, opened with a pronoun subject, governs the figure.
            var pronounClause = k + trigger.Length <= mention.FirstToken && PronounClauseBetween(tokens, k + trigger.Length, mention.FirstToken);
            // "All but one of the 242 people on board were killed", "Most of the 300 passengers were rescued": the verb after a definite
            // whole says what happened to the part before it ("nine of the 11 killed" still counts the whole's own; "a total of 3,000
            // people were evacuated" is no part).
            var partsVerb = k > mention.EndToken && mention.FirstToken >= 2 && tokens[mention.FirstToken - 1].Lower == "the" && tokens[mention.FirstToken - 2].Lower == "of"
                            && VerbFormBetween(tokens, mention.EndToken, k) && !RelativeBetween(tokens, mention.EndToken, k);
            // "Four attack suspects", "two attack helicopters": an event's word right after the figure, before a plural noun, says what
            // kind of thing was counted, not what happened to it.
            var modifier = k == mention.EndToken && trigger.Length == 1 && ModifiesPluralNoun(tokens, k);
            if (fitting is null || parenthetical.Contains(k) || namedEvent || modifier || ownedByAnother || ownClause || anothersNoun || anothersClause || pronounClause || partsVerb
                || InfinitiveOnAnotherGroup(tokens, mention, k, trigger.Length))
            {
                k += trigger.Length - 1;
                continue;
            }
            if (ownOnly && (k >= mention.EndToken ? Crosses(tokens, mention.EndToken, k, parenthetical) : Crosses(tokens, k + trigger.Length, mention.FirstToken)))
            {
                k += trigger.Length - 1;
                continue;
            }
            // "11 passengers and six crew members remain unaccounted for": a plural noun heading a later figure's phrase is that figure's noun.
            if (fitting.CountedNoun && k > mention.EndToken && tokens[k].Lower.EndsWith('s') && FigureJustBefore(tokens, k, from: mention.EndToken))
            {
                k += trigger.Length - 1;
                continue;
            }
            int score;
            if (k >= mention.EndToken) score = k - mention.EndToken - parenthetical.Count(p => p > mention.EndToken && p < k);
            else if (k + trigger.Length <= mention.FirstToken)
                score = mention.FirstToken - (k + trigger.Length) + 2 + (Crosses(tokens, k + trigger.Length, mention.FirstToken) ? 3 : 0);
            else score = 0;
            if (k > mention.EndToken && Crosses(tokens, mention.EndToken, k, parenthetical)) score += 3;
            // "2 protesters shot during demonstrations in Itahari also succumbed to injuries": an event a preposition names is where the
            // figure's group was, not what happened to it.
            if (k > mention.EndToken && lexicon.Events.Kinds.Match(tokens, k) is not null && EventNamedInPhrase(tokens, k, mention.EndToken)) score += 6;
            // "The protests claimed at least 19 lives": the event, named as the subject, is not what happened to the counted.
            var eventSubject = EventAsSubject(tokens, k, mention);
            if (eventSubject) score += 6;
            // "Two protesters who sustained critical injuries during clashes have died in hospital": a relative clause on the counted
            // noun describes the group; the main verb past it says what happened to it.
            if (relative is { } clause && k > clause.Start && k < clause.End) score += MetricReach;
            // "rescued 30 people trapped in the rubble", "vowing to assist around 130,000 people affected by the situation": a
            // participle right after the counted noun describes the group; the verb whose object the figure is says what happened.
            if (k > mention.EndToken && k <= mention.EndToken + 1 && tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal)
                && VerbRightBefore(tokens, mention, fits)) score += 6;
            // "230 prisoners were exchanged": a noun that names the counted group says less about what
            // happened to it than a verb nearby does.
            if (lexicon.Subjects.Match(tokens, k) is not null) score += 3;
            // "40 displaced Rohingya Muslims were killed": a participle before the counted noun says what the group had been; the
            // clause's verb says what happened to it.
            // "We sent 74 injured people to hospital": the group a verb before the figure acts on keeps what it had been.
            // Not a figure with no verb of its own: "29 people missing, 16,732 displaced people in 24 sites".
            if (k == mention.EndToken && AttributiveParticiple(tokens, k, trigger.Length) && !TriggerJustBefore(tokens, mention.FirstToken)
                && !(mention.FirstToken > 0 && lexicon.MetricTriggers.Match(tokens, mention.FirstToken - 1) is not null) && VerbPastItsNoun(tokens, mention)) score += 6;
            // "the toll had risen to over 11,300, with thousands more missing": a trigger past another figure is that figure's.
            if (k >= mention.EndToken ? FigureBetween(tokens, mention.EndToken, k, parenthetical) : FigureBetween(tokens, k + trigger.Length, mention.FirstToken, parenthetical))
            {
                if (ownOnly) { k += trigger.Length - 1; continue; }
                score += 6;
            }
            if (best is null || score < best.Value.Score) (best, bestNamesGroup) = ((fitting.Metric, score), fitting.CountedNoun);
            // "still missing from the disaster that claimed three lives": what a clause before a relative pronoun says happened is not the figure's.
            if (!fitting.CountedNoun && (happened is null || score < happened.Value.Score) && !eventSubject
                && !(k + trigger.Length <= mention.FirstToken && RelativeBetween(tokens, k + trigger.Length, mention.FirstToken))
                && !(k >= mention.EndToken ? Crosses(tokens, mention.EndToken, k, parenthetical) : Crosses(tokens, k + trigger.Length, mention.FirstToken) || FollowsFigure(tokens, k, parenthetical)))
                happened = (fitting.Metric, score);
            k += trigger.Length - 1;
        }
        if (opening is not null) return opening.Metric;
        return bestNamesGroup && happened is not null ? happened.Value.Metric : best?.Metric;
    }

    /// <summary>The plural event noun right after a figure ("demonstrations", "protests", "marches"), in lower case, or null.</summary>
    private string? CountedEvents(List<Token> tokens, NumberMention mention)
    {
        var k = mention.EndToken;
        if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].IsCapitalized || !tokens[k].Lower.EndsWith('s') || lexicon.Events.Kinds.Match(tokens, k) is not { Length: 1 }) return null;
        // "in Paris, where 8,000 protests marched": a verb of people after the noun says the writer meant the people.
        return k + 1 < tokens.Count && lexicon.MetricTriggers.Match(tokens, k + 1) is { } verb && verb.Value.Any(t => t.People) ? null : tokens[k].Lower;
    }

    /// <summary>"the death toll to two", "a toll of 38": a measure named right before the figure.</summary>
    private bool TriggerJustBefore(List<Token> tokens, int figure)
    {
        var k = figure - 1;
        while (k >= 0 && Grammar.TollLinks.Contains(tokens[k])) k--;
        if (k == figure - 1) return false;
        for (var start = Math.Max(0, k - 1); start <= k; start++)
            if (lexicon.MetricTriggers.Match(tokens, start) is { } trigger && start + trigger.Length == k + 1) return true;
        return false;
    }

    /// <summary>Whether a comma and a participle opening a clause ("..., putting the") stand in tokens[from..to).</summary>
    private static bool ParticipleClauseBetween(List<Token> tokens, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
            if (tokens[k].Text == "," && tokens[k + 1] is { IsWord: true, IsCapitalized: false } participle && participle.Lower.Length > 5
                && participle.Lower.EndsWith("ing", StringComparison.Ordinal))
                return true;
        return false;
    }

    private bool Crosses(List<Token> tokens, int from, int to, HashSet<int>? skipped = null)
    {
        for (var k = from; k < to; k++)
            if ((tokens[k].Text is "," or ";" or "–" or "—" || tokens[k].Lower == "and" || Grammar.Contrastives.Contains(tokens[k])) && skipped?.Contains(k) != true) return true;
        return false;
    }

    private static string OrdinalMetric(List<Token> tokens, NumberMention mention) =>
        mention.EndToken < tokens.Count && tokens[mention.EndToken].Lower == "anniversary" ? "anniversary" : "war day";
}
