namespace NkGen
{
    /// <summary>The administrative rank of a North Korean city.</summary>
    public enum AdministrativeStatus
    {
        /// <summary>An ordinary city (si) under a province.</summary>
        City = 0,

        /// <summary>A special city (t'ŭkpyŏlsi): a first-level division equal to a province.</summary>
        SpecialCity = 1,

        /// <summary>A directly governed (direct-administered) city (chikhalsi), such as Pyongyang.</summary>
        DirectlyGovernedCity = 2,

        /// <summary>A special-level city (t'ŭkkŭpsi).</summary>
        SpecialLevelCity = 3,
    }
}
