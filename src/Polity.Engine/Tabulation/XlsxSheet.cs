using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Polity.Engine.Tabulation;

/// <summary>
/// Reads the first worksheet of an .xlsx (Office Open XML) with the BCL alone: the zip, shared strings,
/// and the sheet's rows. Only what CVR spreadsheets need: strings, inline strings and numbers as stored.
/// Rows are returned as present in the sheet XML (row number, cells by 0-based column).
/// </summary>
public static class XlsxSheet
{
    /// <summary>Every row element of the first worksheet, in order.</summary>
    /// <exception cref="FormatException">The file is not a readable workbook.</exception>
    public static List<(int RowNumber, List<string> Cells)> ReadFirstSheet(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var shared = ReadSharedStrings(zip.GetEntry("xl/sharedStrings.xml"));
            var sheet = FirstSheetEntry(zip) ?? throw new FormatException($"{path} has no worksheet");
            return ReadRows(sheet, shared);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException)
        {
            throw new FormatException($"{path} is not a readable .xlsx workbook: {ex.Message}", ex);
        }
    }

    private static ZipArchiveEntry? FirstSheetEntry(ZipArchive zip)
    {
        var workbook = zip.GetEntry("xl/workbook.xml");
        var rels = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (workbook is not null && rels is not null)
        {
            string? relId = null;
            using (var reader = XmlReader.Create(workbook.Open()))
            {
                while (reader.Read())
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
                    {
                        relId = reader.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
                        break;
                    }
                }
            }
            using var relReader = XmlReader.Create(rels.Open());
            while (relId is not null && relReader.Read())
            {
                if (relReader.NodeType == XmlNodeType.Element && relReader.LocalName == "Relationship" && relReader.GetAttribute("Id") == relId)
                {
                    var target = relReader.GetAttribute("Target")!.TrimStart('/');
                    return zip.GetEntry(target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target);
                }
            }
        }
        return zip.GetEntry("xl/worksheets/sheet1.xml");
    }

    private static List<string> ReadSharedStrings(ZipArchiveEntry? entry)
    {
        var strings = new List<string>();
        if (entry is null)
        {
            return strings;
        }
        using var reader = XmlReader.Create(entry.Open());
        StringBuilder? current = null;
        var inPhonetic = false;
        reader.Read();
        while (!reader.EOF)
        {
            // ReadElementContentAsString already moves past the element, so it must not be followed by Read().
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && current is not null && !inPhonetic)
            {
                current.Append(reader.ReadElementContentAsString());
                continue;
            }
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "si":
                        current = new StringBuilder();
                        if (reader.IsEmptyElement)
                        {
                            strings.Add("");
                            current = null;
                        }
                        break;
                    case "rPh":
                        inPhonetic = !reader.IsEmptyElement;
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.LocalName == "si" && current is not null)
                {
                    strings.Add(current.ToString());
                    current = null;
                }
                else if (reader.LocalName == "rPh")
                {
                    inPhonetic = false;
                }
            }
            reader.Read();
        }
        return strings;
    }

    private static List<(int, List<string>)> ReadRows(ZipArchiveEntry sheet, List<string> shared)
    {
        var rows = new List<(int, List<string>)>();
        using var reader = XmlReader.Create(sheet.Open());
        List<string>? cells = null;
        var rowNumber = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
            {
                rowNumber = int.TryParse(reader.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                cells = [];
                if (reader.IsEmptyElement)
                {
                    rows.Add((rowNumber, cells));
                    cells = null;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row" && cells is not null)
            {
                rows.Add((rowNumber, cells));
                cells = null;
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c" && cells is not null)
            {
                var column = Column(reader.GetAttribute("r"), cells.Count);
                var type = reader.GetAttribute("t");
                var value = reader.IsEmptyElement ? "" : CellValue(reader.ReadSubtree(), type, shared);
                while (cells.Count <= column)
                {
                    cells.Add("");
                }
                cells[column] = value;
            }
        }
        return rows;
    }

    private static string CellValue(XmlReader cell, string? type, List<string> shared)
    {
        using (cell)
        {
            var text = new StringBuilder();
            string? v = null;
            cell.Read();
            while (!cell.EOF)
            {
                if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "v")
                {
                    v = cell.ReadElementContentAsString();
                }
                else if (cell.NodeType == XmlNodeType.Element && cell.LocalName == "t")
                {
                    text.Append(cell.ReadElementContentAsString());
                }
                else
                {
                    cell.Read();
                }
            }
            return type switch
            {
                "s" when v is not null => shared[int.Parse(v, CultureInfo.InvariantCulture)],
                "inlineStr" => text.ToString(),
                _ => v ?? text.ToString(),
            };
        }
    }

    private static int Column(string? reference, int fallback)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return fallback;
        }
        var column = 0;
        foreach (var ch in reference)
        {
            if (ch is < 'A' or > 'Z')
            {
                break;
            }
            column = (column * 26) + (ch - 'A' + 1);
        }
        return column - 1;
    }
}
