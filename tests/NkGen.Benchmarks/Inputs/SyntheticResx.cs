using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml;

namespace NkGen.Benchmarks.Inputs
{
    /// <summary>
    /// The cities of <see cref="SyntheticCityList"/> as a <c>.resx</c> file, for the side-by-side run against a resource
    /// generator: one entry per city, named by its romanized name (the member both generators make), whose value is
    /// the rest of the city's wiki row as text (<c>함흥시 · 咸興市 · South Hamgyong · 768,551 · 1960-10-01</c>), so
    /// that both generators read about the same characters per row.
    /// </summary>
    internal static class SyntheticResx
    {
        public static string Document(IReadOnlyList<SyntheticCity> cities)
        {
            // Written to a file as UTF-8: a StringBuilder writer would declare UTF-16, which the resource reader rejects.
            var text = new StringBuilder(cities.Count * 120 + 1024).Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
            using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
            {
                xml.WriteStartElement("root");
                Header(xml, "resmimetype", "text/microsoft-resx");
                Header(xml, "version", "2.0");
                Header(xml, "reader", "System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
                Header(xml, "writer", "System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089");
                foreach (var city in cities)
                {
                    xml.WriteStartElement("data");
                    xml.WriteAttributeString("name", city.Name);
                    xml.WriteAttributeString("xml", "space", null, "preserve");
                    xml.WriteElementString("value", Value(city));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            return text.ToString();
        }

        public static string Value(SyntheticCity city) =>
            string.Join(" · ", city.KoreanName, city.Hancha, city.Province, city.Population.ToString("N0", CultureInfo.InvariantCulture), city.Founded);

        private static void Header(XmlWriter xml, string name, string value)
        {
            xml.WriteStartElement("resheader");
            xml.WriteAttributeString("name", name);
            xml.WriteElementString("value", value);
            xml.WriteEndElement();
        }
    }
}
