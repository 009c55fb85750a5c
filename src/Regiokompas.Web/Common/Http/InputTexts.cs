namespace Regiokompas.Web.Common.Http;

/// <summary>Dutch and English text for refused input (size, encoding, CSV shape, archives); registered with the shared Texts.</summary>
public static class InputTexts
{
    public static readonly IReadOnlyDictionary<string, (string Nl, string En)> Messages = new Dictionary<string, (string Nl, string En)>
    {
        ["request.too-large"] = ("Het bestand is groter dan {0}, de grens voor deze route. Er is niets ingelezen; splits het bestand in delen.",
            "The file is larger than {0}, the limit for this route. Nothing was read; split the file into parts."),
        ["request.server-limit"] = ("de grens van de server", "the server's limit"),
        ["request.invalid-json"] = ("De JSON in het verzoek is ongeldig of te diep genest (regel {0}, positie {1}); er is niets ingelezen.",
            "The JSON in the request is invalid or nested too deeply (line {0}, position {1}); nothing was read."),
        ["request.invalid"] = ("Het verzoek is ongeldig; zie 'detail'. Er is niets veranderd.", "The request is invalid; see 'detail'. Nothing changed."),
        ["input.not-utf8"] = ("Het bestand is geen UTF-8 (regel {0}, byte {1}). Sla het op als 'CSV UTF-8' of 'UTF-8'; er is niets ingelezen.",
            "The file is not UTF-8 (line {0}, byte {1}). Save it as 'CSV UTF-8' or 'UTF-8'; nothing was read."),
        ["input.control-char"] = ("Regel {0}, kolom {1}: het bestand bevat een onzichtbaar stuurteken ({2}). Verwijder het; er is niets ingelezen.",
            "Line {0}, column {1}: the file holds an invisible control character ({2}). Remove it; nothing was read."),
        ["input.control-char-field"] = ("Dit veld bevat een onzichtbaar stuurteken ({0}); verwijder het.", "This field holds an invisible control character ({0}); remove it."),
        ["input.empty"] = ("Het bestand is leeg; er is niets ingelezen.", "The file is empty; nothing was read."),
        ["input.no-rows"] = ("Het bestand heeft alleen een kopregel en geen gegevens; er is niets ingelezen.", "The file has only a header line and no data; nothing was read."),
        ["csv.column-unknown"] = ("Onbekende kolom '{0}' op regel {1}.", "Unknown column '{0}' on line {1}."),
        ["csv.column-missing"] = ("Verplichte kolom '{0}' ontbreekt in de kop op regel {1}.", "Required column '{0}' is missing from the header on line {1}."),
        ["csv.column-twice"] = ("Kolom '{0}' staat twee keer in de kop op regel {1}.", "Column '{0}' appears twice in the header on line {1}."),
        ["csv.field-count"] = ("Regel {0} heeft {1} velden, de kop heeft er {2}.", "Line {0} has {1} fields, the header has {2}."),
        ["csv.decimal-comma"] = ("Regel {0}: '{1}' lijkt een getal met een decimale komma in een bestand met komma's als scheidingsteken. Gebruik een punt (17.3), zet het getal tussen aanhalingstekens, of gebruik ';' als scheidingsteken.",
            "Line {0}: '{1}' looks like a number with a decimal comma in a comma-separated file. Use a point (17.3), quote the number, or use ';' as the separator."),
        ["zip.too-many-entries"] = ("Het zip-bestand bevat meer dan {0} bestanden.", "The zip file holds more than {0} files."),
        ["zip.too-large"] = ("Het zip-bestand pakt uit tot meer dan {0}.", "The zip file unpacks to more than {0}."),
        ["zip.ratio"] = ("'{0}' in het zip-bestand is meer dan {1} keer gecomprimeerd; zo'n bestand wordt niet uitgepakt.",
            "'{0}' in the zip file is compressed more than {1} times; such a file is not unpacked."),
        ["zip.invalid"] = ("Dit is geen geldig zip-bestand.", "This is not a valid zip file."),
        ["hsds.duplicate-service"] = ("Dienst '{0}' staat meer dan eens in het bestand.", "Service '{0}' appears more than once in the file."),
        ["hsds.version-1"] = ("Dit is een pakket in de oude vorm HSDS 1.x (herkend aan '{0}'). Regiokompas leest alleen HSDS 3.0. Zet het pakket eerst om naar HSDS 3.0; er is niets ingelezen.", "This is a package in the older HSDS 1.x shape (recognised by '{0}'). Regiokompas reads HSDS 3.0 only. Convert it to HSDS 3.0 first; nothing was imported."),
        ["hsds.url-invalid"] = ("'{0}' is geen webadres (verwacht iets als https://www.voorbeeld.nl).", "'{0}' is not a web address (expected something like https://www.example.org)."),
        ["hsds.duplicate-id"] = ("{0} regel {1}: id '{2}' staat al op regel {3}.", "{0} line {1}: id '{2}' already appears on line {3}."),
    };
}
