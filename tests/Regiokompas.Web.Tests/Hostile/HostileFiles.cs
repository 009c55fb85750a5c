using System.IO.Compression;
using System.Text;

namespace Regiokompas.Web.Tests.Hostile;

/// <summary>The format an import route takes; a hostile case can shape its payload to it.</summary>
public enum InputKind { PlanYaml, FiguresCsv, FiguresJson, GeoJson, HsdsJson, HsdsZip, CapacityCsv }

/// <summary>One hostile file, as bytes for each kind of route (the same bytes when the attack is the file itself).</summary>
public sealed record HostileCase(string Name, Func<InputKind, byte[]> Bytes)
{
    public override string ToString() => Name;
}

/// <summary>
/// The hostile-input corpus, generated in code so nothing large sits in the repository. Each case
/// is wrong in one way only; where a route needs a plausible file around the attack, the case is
/// put into a small file that is otherwise right (<see cref="Plausible"/>).
/// </summary>
public static class HostileFiles
{
    /// <summary>A capacity unit the test creates, so a capacity file would otherwise be accepted.</summary>
    public static Guid CapacityUnit { get; set; }

    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    public static byte[] Brackets(int n) => Utf8(new string('[', n));

    /// <summary>"Billion laughs" in 9 levels: a few hundred bytes that expand to 9^9 scalars.</summary>
    public static byte[] AliasBomb()
    {
        var sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'i'; c++)
        {
            var prev = (char)(c - 1);
            sb.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(",", Enumerable.Repeat($"*{prev}", 9))).Append("]\n");
        }
        return Utf8(sb.ToString());
    }

    private static readonly Lazy<byte[]> ZipBombBytes = new(() => ZipBomb(600L * 1024 * 1024));

    /// <summary>A zip of well under a megabyte holding services.csv of <paramref name="unpacked"/> bytes.</summary>
    public static byte[] ZipBomb(long unpacked)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry("services.csv", CompressionLevel.Optimal);
            using var s = entry.Open();
            s.Write(Utf8("id,name\n"));
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'a');
            for (long written = 0; written < unpacked; written += block.Length) s.Write(block);
        }
        return zip.ToArray();
    }

    public static byte[] Zip(params (string Name, string Text)[] files) => ZipBytes(files.Select(f => (f.Name, Utf8(f.Text))).ToArray());

    public static byte[] ZipBytes(params (string Name, byte[] Bytes)[] files)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, bytes) in files)
            {
                using var s = archive.CreateEntry(name).Open();
                s.Write(bytes);
            }
        return zip.ToArray();
    }

    /// <summary>
    /// A small file of the route's kind that would be accepted, with <paramref name="payload"/>
    /// (raw bytes, so invalid UTF-8 stays invalid) in a free-text field.
    /// </summary>
    public static byte[] Plausible(InputKind kind, byte[] payload)
    {
        string before, after;
        switch (kind)
        {
            case InputKind.PlanYaml:
                (before, after) = ("format: regiokompas-plan/1\nregion:\n  id: ijssel-vecht\n  name: \"IJssel-Vecht", "\"\n");
                break;
            case InputKind.FiguresCsv:
                (before, after) = ("indicator,area,period,value,note\nzelftriage,ijssel-vecht,2025KW01,12,\"toelichting ", "\"\n");
                break;
            case InputKind.FiguresJson:
                (before, after) = ("[{\"indicator\":\"zelftriage\",\"area\":\"ijssel-vecht\",\"period\":\"2025KW01\",\"value\":12,\"note\":\"toelichting ", "\"}]");
                break;
            case InputKind.GeoJson:
                (before, after) = ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM0193\",\"jaar\":2024,\"statnaam\":\"Zwolle",
                    "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[6.0,52.4],[6.2,52.4],[6.2,52.6],[6.0,52.4]]]}}]}");
                break;
            case InputKind.HsdsJson:
                (before, after) = ($"{{\"contents\":[{{\"id\":\"{Guid.NewGuid()}\",\"status\":\"active\",\"organization\":{{\"id\":\"{Guid.NewGuid()}\",\"name\":\"Org\",\"description\":\"Org\"}},\"name\":\"Dienst",
                    "\"}]}");
                break;
            case InputKind.HsdsZip:
                var org = Guid.NewGuid();
                return ZipBytes(
                    ("organizations.csv", Utf8($"id,name,description\n{org},Org,Org\n")),
                    ("services.csv", [.. Utf8($"id,organization_id,name,status\n{Guid.NewGuid()},{org},\"Dienst"), .. payload, .. Utf8("\",active\n")]));
            case InputKind.CapacityCsv:
                (before, after) = ($"unit_id,open,occupied,blocked,blocked_reason\n{CapacityUnit},5,2,1,\"onderhoud", "\"\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
        return [.. Utf8(before), .. payload, .. Utf8(after)];
    }

    /// <summary>A number far beyond any double, put where the route expects a number.</summary>
    private static byte[] HugeNumber(InputKind kind)
    {
        var huge = "1" + new string('9', 400);
        return kind switch
        {
            InputKind.FiguresCsv => Utf8($"indicator,area,period,value\nzelftriage,ijssel-vecht,2025KW01,{huge}\n"),
            InputKind.FiguresJson => Utf8($"[{{\"indicator\":\"zelftriage\",\"area\":\"ijssel-vecht\",\"period\":\"2025KW01\",\"value\":{huge}}}]"),
            InputKind.GeoJson => Utf8("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM0193\",\"jaar\":2024}," +
                $"\"geometry\":{{\"type\":\"Polygon\",\"coordinates\":[[[{huge},52.4],[6.2,52.4],[6.2,52.6],[{huge},52.4]]]}}}}]}}"),
            InputKind.HsdsJson => Utf8($"{{\"contents\":[{{\"id\":\"{Guid.NewGuid()}\",\"name\":\"Dienst\",\"status\":\"active\",\"minimum_age\":{huge}," +
                $"\"organization\":{{\"id\":\"{Guid.NewGuid()}\",\"name\":\"Org\",\"description\":\"Org\"}}}}]}}"),
            InputKind.HsdsZip => Zip(("organizations.csv", "id,name,description\n00000000-0000-0000-0000-0000000000a1,Org,Org\n"),
                ("services.csv", $"id,organization_id,name,status,minimum_age\n{Guid.NewGuid()},00000000-0000-0000-0000-0000000000a1,Dienst,active,{huge}\n")),
            InputKind.CapacityCsv => Utf8($"unit_id,open,occupied\n{CapacityUnit},{huge},2\n"),
            InputKind.PlanYaml => Utf8($"format: regiokompas-plan/1\nregion:\n  id: ijssel-vecht\n  name: IJssel-Vecht\n  municipalities: {huge}\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>A spreadsheet formula where a code is expected; nothing is exported as CSV, and codes are checked against the catalogue.</summary>
    private static byte[] Formula(InputKind kind)
    {
        const string formula = "=HYPERLINK(\"\"http://127.0.0.1/x\"\",\"\"klik\"\")";
        return kind switch
        {
            InputKind.FiguresCsv => Utf8($"indicator,area,period,value\n\"{formula}\",ijssel-vecht,2025KW01,12\n"),
            InputKind.CapacityCsv => Utf8($"unit_id,open,occupied\n\"{formula}\",5,2\n"),
            InputKind.HsdsZip => Zip(("services.csv", $"id,organization_id,name,status\n\"{formula}\",x,Dienst,active\n")),
            InputKind.FiguresJson => Utf8("[{\"indicator\":\"=1+1\",\"area\":\"ijssel-vecht\",\"period\":\"2025KW01\",\"value\":12}]"),
            InputKind.HsdsJson => Utf8("{\"contents\":[{\"id\":\"=1+1\",\"name\":\"Dienst\",\"status\":\"active\"}]}"),
            InputKind.GeoJson => Utf8("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"statcode\":\"=1+1\",\"jaar\":2024}," +
                "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[6.0,52.4],[6.2,52.4],[6.2,52.6],[6.0,52.4]]]}}]}"),
            InputKind.PlanYaml => Utf8("format: regiokompas-plan/1\nregion:\n  id: \"=1+1\"\n  name: X\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private static byte[] MisspelledHeader(InputKind kind) => kind switch
    {
        InputKind.CapacityCsv => Utf8($"unit_id,open,ocupied\n{CapacityUnit},5,2\n"),
        InputKind.HsdsZip => Zip(("organizations.csv", "id,name,description\n00000000-0000-0000-0000-0000000000a2,Org,Org\n"),
            ("services.csv", $"id,organisation_id,name,status\n{Guid.NewGuid()},00000000-0000-0000-0000-0000000000a2,Dienst,active\n")),
        _ => Utf8("indicatr,area,period,value\nzelftriage,ijssel-vecht,2025KW01,12\n"),
    };

    private static byte[] DecimalComma(InputKind kind) => kind switch
    {
        InputKind.CapacityCsv => Utf8($"unit_id,open,occupied\n{CapacityUnit},5,2,5\n"),
        _ => Utf8("indicator,area,period,value\nzelftriage,ijssel-vecht,2025KW01,17,3\n"),
    };

    private static byte[] DuplicateId(InputKind kind)
    {
        var org = Guid.NewGuid();
        var service = Guid.NewGuid();
        return kind switch
        {
            InputKind.HsdsZip => Zip(("organizations.csv", $"id,name,description\n{org},Org,Org\n{org},Org twee,Org\n"),
                ("services.csv", $"id,organization_id,name,status\n{service},{org},Dienst,active\n{service},{org},Dienst twee,active\n")),
            InputKind.HsdsJson => Utf8($"{{\"contents\":[{{\"id\":\"{service}\",\"name\":\"A\",\"status\":\"active\",\"organization\":{{\"id\":\"{org}\",\"name\":\"Org\",\"description\":\"Org\"}}}}," +
                $"{{\"id\":\"{service}\",\"name\":\"B\",\"status\":\"active\",\"organization\":{{\"id\":\"{org}\",\"name\":\"Org\",\"description\":\"Org\"}}}}]}}"),
            InputKind.CapacityCsv => Utf8($"unit_id,open,occupied\n{CapacityUnit},5,2\n{CapacityUnit},5,3\n"),
            InputKind.FiguresCsv => Utf8("indicator,area,period,value\nzelftriage,ijssel-vecht,2025KW01,12\nzelftriage,ijssel-vecht,2025KW01,13\n"),
            InputKind.FiguresJson => Utf8("[{\"indicator\":\"zelftriage\",\"area\":\"ijssel-vecht\",\"period\":\"2025KW01\",\"value\":12},{\"indicator\":\"zelftriage\",\"area\":\"ijssel-vecht\",\"period\":\"2025KW01\",\"value\":13}]"),
            InputKind.GeoJson => Utf8("{\"type\":\"FeatureCollection\",\"features\":[" + string.Join(",", Enumerable.Repeat(
                "{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM0193\",\"jaar\":2024},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[6.0,52.4],[6.2,52.4],[6.2,52.6],[6.0,52.4]]]}}", 2)) + "]}"),
            InputKind.PlanYaml => Utf8("format: regiokompas-plan/1\nformat: regiokompas-plan/1\n"),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("50.000 x '['", _ => Brackets(50_000)),
        new("YAML-aliasbom", _ => AliasBomb()),
        new("zipbom 600 MB", _ => ZipBombBytes.Value),
        new("diepe JSON", _ => Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 100_000)))),
        new("enorm getal", HugeNumber),
        new("NUL-byte", k => Plausible(k, [0])),
        new("RTL-override", k => Plausible(k, Utf8("\u202Eexe.txt"))),
        new("losse surrogaat", k => Plausible(k, [0xED, 0xA0, 0x80])),
        new("Latin-1", k => Plausible(k, [0x43, 0x61, 0x66, 0xE9])),
        new("formule", Formula),
        new("kop verkeerd gespeld", MisspelledHeader),
        new("decimale komma", DecimalComma),
        new("dubbel id", DuplicateId),
        new("open aanhalingsteken", k => k == InputKind.CapacityCsv
            ? Utf8($"unit_id,open,occupied\n\"{CapacityUnit},5,2\n")
            : Utf8("indicator,area,period,value\n\"zelftriage,ijssel-vecht,2025KW01,12\n")),
        new("leeg", _ => []),
    ];
}
