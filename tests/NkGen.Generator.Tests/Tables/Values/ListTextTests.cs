using NkGen.Generator.Tables;
using Xunit;

namespace NkGen.Generator.Tests.Tables.Values
{
    public class ListTextTests
    {
        [Fact]
        public void Commas_semicolons_and_and_separate_items_each_with_its_offset()
        {
            const string text = "Rason, Nampo and Kaesong; Pyongyang";

            var items = ListText.Split(text);

            Assert.Equal(new[] { ("Rason", 0), ("Nampo", 7), ("Kaesong", 17), ("Pyongyang", 26) }, items.ToArray());
            Assert.All(items, i => Assert.Equal(i.Item, text.Substring(i.Offset, i.Item.Length)));
        }

        [Fact]
        public void An_oxford_comma_gives_no_empty_item()
        {
            Assert.Equal(new[] { "9 provinces", "2 directly governed cities", "3 special administrative regions" },
                ListText.Split("9 provinces, 2 directly governed cities, and 3 special administrative regions").ConvertAll(i => i.Item).ToArray());
        }

        [Fact]
        public void And_inside_a_word_does_not_separate()
        {
            Assert.Equal(new[] { "Sandong", "Andong" }, ListText.Split("Sandong, Andong").ConvertAll(i => i.Item).ToArray());
        }

        [Fact]
        public void Empty_text_has_no_items()
        {
            Assert.Empty(ListText.Split(""));
            Assert.Empty(ListText.Split(" , ; "));
        }
    }
}
