using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Regiokompas.Domain.CareDirectory;

namespace Regiokompas.Web.Modules.CareDirectory.Search;

/// <summary>
/// The directory's full-text index: Lucene in memory, rebuilt from the database at start and kept
/// in step by <see cref="SearchIndexSync"/>. It decides nothing the database does not also know:
/// freshness is checked at query time against dates stored in the documents.
/// </summary>
public sealed class ServiceSearchIndex : IDisposable
{
    private static class F
    {
        public const string Id = "id", Org = "org", Name = "name", Text = "text", Themes = "themes", Place = "place",
            Words = "words", Muni = "muni", Kind = "kind", Free = "free", Referral = "referral", Status = "status",
            Demo = "demo", Theme = "theme", Term = "term", Taxonomy = "taxonomy", Lang = "lang", MinAge = "minage",
            MaxAge = "maxage", Assured = "assured", Modified = "modified", Lat = "lat", Lon = "lon",
            Raw = "raw", Reach = "reach";
    }

    private const string NoArea = "*";
    private static readonly ISet<string> RankingFields = new HashSet<string> { F.Id, F.Name, F.Muni, F.Lat, F.Lon, F.Reach };
    private const string NoLanguage = "-";
    private const int NeverAssured = 99991231;

    private readonly RAMDirectory _directory = new();
    private readonly Analyzer _stemming = DutchAnalyzers.Stemming();
    private readonly Analyzer _words = DutchAnalyzers.Words();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly System.Threading.Lock _gate = new();
    private SynonymList _synonyms;
    private string[] _singleWordKeys;

    private readonly FreshnessPolicy _freshness;

    public ServiceSearchIndex(SynonymList synonyms, FreshnessPolicy freshness)
    {
        _freshness = freshness;
        var analyzer = new PerFieldAnalyzerWrapper(_stemming, new Dictionary<string, Analyzer> { [F.Words] = _words, [F.Raw] = _words });
        _writer = new IndexWriter(_directory, new IndexWriterConfig(DutchAnalyzers.Version, analyzer));
        _searchers = new SearcherManager(_writer, true, null);
        _synonyms = synonyms;
        _singleWordKeys = KeysOf(synonyms);
    }

    /// <summary>When the index last took in a change, for the cross-instance sync.</summary>
    public DateTime WatermarkUtc { get; private set; } = DateTime.MinValue;
    public int Count { get; private set; }
    public bool IsBuilt { get; private set; }

    public void ReplaceSynonyms(SynonymList synonyms)
    {
        _synonyms = synonyms;
        _singleWordKeys = KeysOf(synonyms);
    }

    public void Rebuild(IReadOnlyCollection<IndexedService> services)
    {
        lock (_gate)
        {
            _writer.DeleteAll();
            foreach (var s in services) _writer.AddDocument(ToDocument(s));
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
            Count = services.Count;
            WatermarkUtc = services.Count == 0 ? DateTime.MinValue : services.Max(s => s.LastModifiedUtc);
            IsBuilt = true;
        }
    }

    public void Upsert(IEnumerable<IndexedService> services)
    {
        lock (_gate)
        {
            foreach (var s in services)
            {
                _writer.UpdateDocument(new Term(F.Id, s.Id.ToString()), ToDocument(s));
                if (s.LastModifiedUtc > WatermarkUtc) WatermarkUtc = s.LastModifiedUtc;
            }
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
            Count = CountDocuments();
        }
    }

    public void Remove(Guid id)
    {
        lock (_gate)
        {
            _writer.DeleteDocuments(new Term(F.Id, id.ToString()));
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
            Count = CountDocuments();
        }
    }

    public SearchOutcome Search(DirectorySearch search)
    {
        var filter = new QueryWrapperFilter(FilterQuery(search));
        var searcher = _searchers.Acquire();
        try
        {
            var relaxed = false;
            var query = TextQuery(search.Text, strict: true);
            // Re-ranking only reorders near-equal scores, so a small margin beyond the page is enough.
            var wanted = search.Skip + search.Take + 40;
            var top = searcher.Search(query, filter, wanted);
            if (top.TotalHits == 0 && TextQuery(search.Text, strict: false) is BooleanQuery loose && loose.Clauses.Count > 1)
            {
                top = searcher.Search(loose, filter, wanted);
                relaxed = true;
            }
            var hits = top.ScoreDocs.Select(sd =>
            {
                var doc = searcher.Doc(sd.Doc, RankingFields);
                var own = search.Filter.MunicipalityCode is { } m && doc.GetValues(F.Muni).Contains(m);
                double? distance = null;
                if (search.Near is { } near && doc.GetField(F.Lat)?.GetDoubleValue() is { } lat && doc.GetField(F.Lon)?.GetDoubleValue() is { } lon)
                    distance = ResidentRanking.DistanceKm(near.Latitude, near.Longitude, lat, lon);
                var reachable = doc.Get(F.Reach) == "1";
                return new SearchHit(Guid.Parse(doc.Get(F.Id)), doc.Get(F.Name), ResidentRanking.Score(sd.Score, own, distance, reachable));
            })
            .OrderByDescending(h => h.Score).ThenBy(h => h.Name, StringComparer.Create(CultureInfo.GetCultureInfo("nl-NL"), true))
            .Skip(search.Skip).Take(search.Take).ToList();
            return new SearchOutcome(hits, top.TotalHits, relaxed, DidYouMean(searcher, search.Text));
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>As-you-type: service names whose words start with what was typed, plus lay words and themes.</summary>
    public IReadOnlyList<string> Suggest(string typed, DateOnly today, int max = 8)
    {
        var tokens = DutchAnalyzers.Tokens(_words, F.Words, typed);
        if (tokens.Count == 0 || tokens[^1].Length < 2) return [];
        var query = new BooleanQuery();
        for (var i = 0; i < tokens.Count - 1; i++) query.Add(new TermQuery(new Term(F.Words, tokens[i])), Occur.MUST);
        query.Add(new PrefixQuery(new Term(F.Words, tokens[^1])), Occur.MUST);
        var filter = new QueryWrapperFilter(FilterQuery(new DirectorySearch { ResidentView = true, Today = today }));

        var prefix = TextNormaliser.Normalise(typed);
        var result = DutchThemes.All.Where(t => TextNormaliser.Normalise(t.Name).StartsWith(prefix, StringComparison.Ordinal))
            .Select(t => t.Name).ToList();
        var searcher = _searchers.Acquire();
        try
        {
            foreach (var sd in searcher.Search(query, filter, 40).ScoreDocs)
            {
                var name = searcher.Doc(sd.Doc).Get(F.Name);
                if (!result.Contains(name, StringComparer.OrdinalIgnoreCase)) result.Add(name);
                if (result.Count >= max) break;
            }
        }
        finally
        {
            _searchers.Release(searcher);
        }
        return result.Take(max).ToList();
    }

    /// <summary>
    /// "Bedoelde u …?": each typed word that occurs nowhere in the index and is no lay word we know is replaced
    /// by the closest indexed word (at most two edits on long words, one on short ones).
    /// </summary>
    private string? DidYouMean(IndexSearcher searcher, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = DutchAnalyzers.Tokens(_words, F.Raw, text);
        var changed = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length < 4 || searcher.IndexReader.DocFreq(new Term(F.Raw, word)) > 0 || _synonyms.Expand(word).Count > 1) continue;
            var rewritten = searcher.Rewrite(new FuzzyQuery(new Term(F.Raw, word), MaxEdits(word), 1));
            var best = rewritten is BooleanQuery candidates
                ? candidates.Clauses.Select(c => c.Query).OfType<TermQuery>()
                    .OrderByDescending(q => q.Boost).ThenByDescending(q => searcher.IndexReader.DocFreq(q.Term)).ThenBy(q => q.Term.Text, StringComparer.Ordinal)
                    .Select(q => q.Term.Text).FirstOrDefault()
                : (rewritten as TermQuery)?.Term.Text;
            if (best is null || best == word) continue;
            words[i] = best;
            changed = true;
        }
        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>Two typing errors are allowed in long words ("eenzaamhied"), one in shorter ones.</summary>
    private static int MaxEdits(string word) => word.Length >= 8 ? 2 : 1;

    private Query TextQuery(string? text, bool strict)
    {
        if (string.IsNullOrWhiteSpace(text)) return new MatchAllDocsQuery();
        var words = DutchAnalyzers.Tokens(_words, F.Words, text);
        var top = new BooleanQuery();
        for (var i = 0; i < words.Count;)
        {
            var (length, alternatives) = LongestSynonym(words, i);
            var original = string.Join(' ', words.Skip(i).Take(length));
            var group = new BooleanQuery();
            foreach (var alternative in alternatives)
                if (AllWordsQuery(alternative, alternative == original ? 1f : 0.8f) is { } q) group.Add(q, Occur.SHOULD);
            if (length == 1) AddTypoTolerance(group, words[i], isLast: i == words.Count - 1);
            if (group.Clauses.Count > 0) top.Add(group, strict ? Occur.MUST : Occur.SHOULD);
            i += length;
        }
        return top.Clauses.Count == 0 ? new MatchAllDocsQuery() : top;
    }

    /// <summary>Synonyms are expanded here rather than with Lucene's SynonymFilter because lay phrases
    /// ("geen geld") map to multi-word terms ("gezondheid en bewegen"), which a token filter cannot express at query time.</summary>
    private (int Length, IReadOnlySet<string> Alternatives) LongestSynonym(List<string> words, int start)
    {
        for (var length = Math.Min(5, words.Count - start); length >= 1; length--)
        {
            var phrase = string.Join(' ', words.Skip(start).Take(length));
            var expanded = _synonyms.Expand(phrase);
            if (expanded.Count > 1) return (length, expanded);
        }
        var word = words[start];
        // A typo in a lay word ("eenzam", "schuldne") still reaches its synonyms.
        if (word.Length >= 5)
            foreach (var key in _singleWordKeys)
                if (Math.Abs(key.Length - word.Length) <= 1 && Distance.AtMostOne(word, key))
                    return (1, new HashSet<string>(_synonyms.Expand(key)) { word });
        return (1, new HashSet<string> { word });
    }

    private Query? AllWordsQuery(string phrase, float boost)
    {
        var stems = DutchAnalyzers.Tokens(_stemming, F.Text, phrase);
        if (stems.Count == 0) return null;
        var all = new BooleanQuery { Boost = boost };
        foreach (var stem in stems)
        {
            var fields = new BooleanQuery
            {
                { new TermQuery(new Term(F.Name, stem)) { Boost = 3f }, Occur.SHOULD },
                { new TermQuery(new Term(F.Themes, stem)) { Boost = 2f }, Occur.SHOULD },
                { new TermQuery(new Term(F.Text, stem)), Occur.SHOULD },
                { new TermQuery(new Term(F.Place, stem)), Occur.SHOULD },
            };
            all.Add(fields, Occur.MUST);
        }
        return all;
    }

    private void AddTypoTolerance(BooleanQuery group, string word, bool isLast)
    {
        var stems = DutchAnalyzers.Tokens(_stemming, F.Text, word);
        if (stems.Count == 1 && stems[0].Length >= 4)
        {
            var edits = stems[0].Length >= 7 ? 2 : 1;
            foreach (var field in new[] { F.Name, F.Themes, F.Text, F.Place })
                group.Add(new FuzzyQuery(new Term(field, stems[0]), edits, 1) { Boost = 0.4f }, Occur.SHOULD);
        }
        // Stemming may cut a misspelt word differently from the right one, so the unstemmed words are searched too.
        if (word.Length >= 4)
            group.Add(new FuzzyQuery(new Term(F.Raw, word), MaxEdits(word), 1) { Boost = 0.4f }, Occur.SHOULD);
        // The word being typed may be unfinished.
        if (isLast && word.Length >= 3)
            foreach (var field in new[] { F.Words, F.Themes, F.Text })
                group.Add(new PrefixQuery(new Term(field, word)) { Boost = 0.3f }, Occur.SHOULD);
    }

    private Query FilterQuery(DirectorySearch s)
    {
        var q = new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST } };
        var f = s.Filter;
        if (f.MunicipalityCode is { } muni)
            q.Add(AnyOf(F.Muni, [muni, NoArea]), Occur.MUST);
        if (f.Age is { } age)
        {
            q.Add(NumericRangeQuery.NewInt32Range(F.MinAge, null, age, true, true), Occur.MUST);
            q.Add(NumericRangeQuery.NewInt32Range(F.MaxAge, age, null, true, true), Occur.MUST);
        }
        if (f.FreeOnly) q.Add(new TermQuery(new Term(F.Free, "1")), Occur.MUST);
        if (f.WithoutReferralOnly) q.Add(new TermQuery(new Term(F.Referral, "0")), Occur.MUST);
        if (f.LanguageCode is { } lang)
        {
            var code = lang.ToLowerInvariant();
            q.Add(AnyOf(F.Lang, code == "nl" ? [code, NoLanguage] : [code]), Occur.MUST);
        }
        if (f.Kinds.Count > 0) q.Add(AnyOf(F.Kind, f.Kinds.Select(KindValue)), Occur.MUST);
        if (f.Themes.Count > 0) q.Add(AnyOf(F.Theme, f.Themes), Occur.MUST);
        if (s.OrganisationId is { } org) q.Add(new TermQuery(new Term(F.Org, org.ToString())), Occur.MUST);
        if (s.TaxonomyTermId is { } term) q.Add(new TermQuery(new Term(F.Term, term.ToString())), Occur.MUST);
        if (s.TaxonomyId is { } taxonomy) q.Add(new TermQuery(new Term(F.Taxonomy, taxonomy.ToString())), Occur.MUST);
        if (s.ModifiedAfterUtc is { } after)
            q.Add(NumericRangeQuery.NewInt64Range(F.Modified, after.Ticks, null, false, true), Occur.MUST);
        if (s.ResidentView)
        {
            q.Add(AnyOf(F.Status, [StatusValue(ServiceStatus.Active), StatusValue(ServiceStatus.TemporarilyClosed)]), Occur.MUST);
            var hiddenUpTo = DateInt(_freshness.HiddenIfAssuredOnOrBefore(s.Today));
            q.Add(NumericRangeQuery.NewInt32Range(F.Assured, hiddenUpTo, null, false, true), Occur.MUST);
        }
        if (!s.IncludeDemo) q.Add(new TermQuery(new Term(F.Demo, "1")), Occur.MUST_NOT);
        return q;
    }

    private static BooleanQuery AnyOf(string field, IEnumerable<string> values)
    {
        var any = new BooleanQuery();
        foreach (var v in values) any.Add(new TermQuery(new Term(field, v)), Occur.SHOULD);
        return any;
    }

    private static Document ToDocument(IndexedService s)
    {
        var doc = new Document
        {
            new StringField(F.Id, s.Id.ToString(), Field.Store.YES),
            new StringField(F.Org, s.OrganisationId.ToString(), Field.Store.NO),
            new TextField(F.Name, s.Name, Field.Store.YES),
            new TextField(F.Words, s.Name + " " + s.AlternateName, Field.Store.NO),
            new TextField(F.Text, string.Join(' ', s.AlternateName, s.B1Summary, s.Description, s.EligibilityDescription, s.OrganisationName), Field.Store.NO),
            new TextField(F.Themes, string.Join(' ', s.ThemeCodes.Select(c => DutchThemes.Find(c)?.Name ?? c)), Field.Store.NO),
            new TextField(F.Raw, string.Join(' ', [s.Name, s.AlternateName, s.B1Summary, s.Description, .. s.ThemeCodes.Select(c => DutchThemes.Find(c)?.Name ?? c)]), Field.Store.NO),
            new StringField(F.Reach, s.Reachable ? "1" : "0", Field.Store.YES),
            new TextField(F.Place, string.Join(' ', s.AreaNames.Concat(s.PlaceWords)), Field.Store.NO),
            new StringField(F.Kind, KindValue(s.Kind), Field.Store.NO),
            new StringField(F.Free, s.IsFree ? "1" : "0", Field.Store.NO),
            new StringField(F.Referral, s.ReferralRequired ? "1" : "0", Field.Store.NO),
            new StringField(F.Status, StatusValue(s.Status), Field.Store.NO),
            new StringField(F.Demo, s.IsDemo ? "1" : "0", Field.Store.NO),
            new Int32Field(F.MinAge, s.MinimumAge ?? 0, Field.Store.NO),
            new Int32Field(F.MaxAge, s.MaximumAge ?? 999, Field.Store.NO),
            new Int32Field(F.Assured, s.AssuredDate is { } d ? DateInt(d) : NeverAssured, Field.Store.NO),
            new Int64Field(F.Modified, s.LastModifiedUtc.Ticks, Field.Store.NO),
        };
        foreach (var m in s.MunicipalityCodes.DefaultIfEmpty(NoArea)) doc.Add(new StringField(F.Muni, m, Field.Store.YES));
        foreach (var l in s.LanguageCodes.Select(c => c.ToLowerInvariant()).DefaultIfEmpty(NoLanguage)) doc.Add(new StringField(F.Lang, l, Field.Store.NO));
        foreach (var t in s.ThemeCodes)
        {
            doc.Add(new StringField(F.Theme, t, Field.Store.NO));
            doc.Add(new StringField(F.Term, ThemeTerms.IdOf(t).ToString(), Field.Store.NO));
        }
        if (s.ThemeCodes.Count > 0) doc.Add(new StringField(F.Taxonomy, ThemeTerms.TaxonomyId.ToString(), Field.Store.NO));
        foreach (var t in s.TaxonomyIds) doc.Add(new StringField(F.Taxonomy, t.ToString(), Field.Store.NO));
        foreach (var t in s.TaxonomyTermIds) doc.Add(new StringField(F.Term, t.ToString(), Field.Store.NO));
        if (s.Latitude is { } lat && s.Longitude is { } lon)
        {
            doc.Add(new StoredField(F.Lat, lat));
            doc.Add(new StoredField(F.Lon, lon));
        }
        return doc;
    }

    private static string KindValue(ServiceKind kind) => kind.ToString().ToLowerInvariant();
    private static string StatusValue(ServiceStatus status) => status.ToString().ToLowerInvariant();
    private static int DateInt(DateOnly d) => d.Year * 10000 + d.Month * 100 + d.Day;

    private int CountDocuments()
    {
        var searcher = _searchers.Acquire();
        try { return searcher.IndexReader.NumDocs; }
        finally { _searchers.Release(searcher); }
    }

    private static string[] KeysOf(SynonymList synonyms) =>
        synonyms.Rules.SelectMany(r => r.From).Where(k => !k.Contains(' ', StringComparison.Ordinal)).Distinct().ToArray();

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _stemming.Dispose();
        _words.Dispose();
    }
}

internal static class Distance
{
    /// <summary>True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours.</summary>
    public static bool AtMostOne(string a, string b)
    {
        if (a == b) return true;
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}
