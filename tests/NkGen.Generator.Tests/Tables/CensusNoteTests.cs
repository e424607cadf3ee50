using NkGen.Generator.Tables;
using Xunit;
using static NkGen.Generator.Tests.Tables.Documents;

namespace NkGen.Generator.Tests.Tables
{
    public class CensusNoteTests
    {
        [Fact]
        public void A_note_about_population_figures_and_a_census_dates_the_document()
        {
            var document = Document(notes: new[]
            {
                Note("Chosŏn'gŭl has replaced Hancha; Hancha has not been officially used since the 1950s.", 1),
                Note("All population figures come from the 2008 North Korean census.", 2),
            });

            Assert.Equal(2008, CensusNote.Find(document));
        }

        [Theory]
        [InlineData("Rason was annexed in 2004 and promoted again in 2010.")]
        [InlineData("Figures come from the 1993 census.")]
        [InlineData("The population was counted in a census.")]
        [InlineData("Population figures from 2008 are estimates. A census followed later.")]
        public void Notes_that_do_not_date_population_figures_to_a_census_give_no_year(string note)
        {
            Assert.Null(CensusNote.Find(Document(notes: new[] { Note(note, 1) })));
        }

        [Fact]
        public void The_census_year_dates_every_population_figure_of_the_document()
        {
            var reading = Read(
                "= List =\n- All population figures come from the 2008 North Korean census.\n\n| City | Population |\n| Hamhung | 768,551 |\n");

            Assert.Equal(2008, reading.City("Hamhung").Population().CensusYear);
        }

        [Fact]
        public void Without_a_census_note_figures_are_undated()
        {
            var reading = Read("= List =\n| City | Population |\n| Hamhung | 768,551 |\n");

            Assert.Null(reading.City("Hamhung").Population().CensusYear);
        }
    }
}
