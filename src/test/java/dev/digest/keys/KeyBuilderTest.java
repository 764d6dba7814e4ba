package dev.digest.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SPEC 4, keys: the base key of a title, ASCII letters and digits only. */
class KeyBuilderTest {
  private final KeyBuilder builder = new KeyBuilder();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # The examples of SPEC 4.
          EDTalk: Efficient Disentanglement for Emotional Talking Head Synthesis        | edtalk
          SpacTor-T5: Pre-training T5 Models with Span Corruption                       | spactort5
          PixArt-$α$: Fast Training of Diffusion Transformer                            | pixart
          Écrire: Writing with Models                                                   | ecrire
          Scale Efficient Training for Large Datasets                                   | scaleEfficientTraining
          Single-Path NAS: Designing Hardware-Efficient ConvNets in less than 4 Hours   | singlePathNAS
          Who's Harry Potter? Approximate Unlearning in LLMs                            | whosHarryPotter

          # The short name before a colon: a single word holding an ASCII letter or digit.
          GaLore: Memory-Efficient LLM Training                                         | galore
          DεpS: Delayed ε-Shrinking for Faster Once-For-All Training                    | dps
          $λ$-ECLIPSE: Multi-Concept Personalized Text-to-Image Diffusion               | eclipse
          T5: Text-to-Text Transfer                                                     | t5
          2024: A Year of Models                                                        | 2024
          Don't: Stop Believing                                                         | dont
          Øresund: Bridging Models                                                      | oresund
          Straße: Street Scenes                                                         | strasse
          A: B: C Letters                                                               | a
          Re:Thinking Attention                                                         | re
          10:30 Meeting Notes                                                           | 10
          "Foo\u00A0Bar: Not a Single Word"                                              | fooBarNot
          "Two Words: Not a Short Name"                                                 | twoWordsNot
          "$α$: Greek Only Before the Colon"                                            | greekOnlyBefore
          ": Leading Colon Title"                                                       | leadingColonTitle
          "ΑΒΓ: Greek Short Name"                                                       | greekShortName

          # The first three significant words otherwise.
          Attention Is All You Need                                                     | attentionAllYou
          The Power of Scale for Parameter-Efficient Prompt Tuning                      | powerScaleParameter
          A Survey on Large Language Models                                             | surveyLargeLanguage
          Accuracy vs. Training Time                                                    | accuracyTrainingTime
          Learning to Learn without Gradient Descent by Gradient Descent                | learningLearnGradient
          deep learning with GaLore and mIoU                                            | deepLearningGaLore
          LiDAR-based Detection in the Wild                                             | lidarBasedDetection
          3D Gaussian Splatting for Real-Time Rendering                                 | 3dGaussianSplatting
          GPT-4o Beats Humans                                                           | gpt4oBeats
          Learning with mIoU and nDCG                                                   | learningMIoUNDCG
          Transformers                                                                  | transformers
          GaLore Rocks Hard                                                             | galoreRocksHard
          THE POWER OF SCALE FOR PARAMETER TUNING                                       | powerSCALEPARAMETER
          Attention Please                                                              | attentionPlease
          The Transformer                                                               | transformer
          Scale-Efficient  training                                                     | scaleEfficientTraining
          Towards Toward Upon Via Versus Within Without Yet Robust Models                | robustModels
          Through the Looking Glass Onto Per Nor So Than Into                           | lookingGlass

          # A title of insignificant words only takes its first three words.
          Of the In                                                                     | ofTheIn
          Up To                                                                         | upTo
          The                                                                           | the
          To Be                                                                         | be
          A Is For And By                                                               | aIsFor

          # Apostrophes are dropped, accents removed, other letters transliterated.
          Who’s Harry Potter Now                                                        | whosHarryPotter
          Whoʼs Harry Potter Now                                                        | whosHarryPotter
          Über Große Modelle                                                            | uberGrosseModelle
          Encyclopædia Models Rule                                                      | encyclopaediaModelsRule
          Cœur Learning Networks                                                        | coeurLearningNetworks
          Łódź Vision Models                                                            | lodzVisionModels
          Đorđe Networks Work                                                           | dordeNetworksWork
          Þórr Learning Systems                                                         | thorrLearningSystems
          Søren Kierkegaard Machines                                                    | sorenKierkegaardMachines
          Naïve Bayes Revisited                                                         | naiveBayesRevisited
          Cafe\u0301 Decomposed Accents                                                 | cafeDecomposedAccents

          # No ASCII word.
          日本語のタイトル                                                               | untitled
          Ωμέγα Δέλτα                                                                   | untitled
          !!! ???                                                                       | untitled
          """)
  void baseKey(String title, String key) {
    assertThat(builder.build(title)).isEqualTo(key);
  }

  /** SPEC 4: the text before the first colon counts less the white space around it. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          TabReX : Tabular Referenceless Evaluation                                     | tabrex
          "EDTalk\t: A Tab Before the Colon"                                             | edtalk
          "GaLore\u00A0: A No-Break Space Before the Colon"                              | galore
          "GaLore\u2009:\u2009Thin Spaces Around the Colon"                              | galore
          "  EDTalk  :  Spaces on Both Sides"                                           | edtalk
          "Écrire : Accented Short Name"                                                | ecrire
          "Tab ReX : White Space Inside Is Two Words"                                   | tabReXWhite
          " : Only White Space Before the Colon"                                        | onlyWhiteSpace
          "$α$ : Greek Only Before the Colon"                                           | greekOnlyBefore
          """)
  void whiteSpaceAroundTheShortNameDoesNotCount(String title, String key) {
    assertThat(builder.build(title)).isEqualTo(key);
  }

  @Test
  void emptyTitleIsUntitled() {
    assertThat(builder.build("")).isEqualTo("untitled");
  }

  @Test
  void keysHoldOnlyAsciiLettersAndDigits() {
    String[] titles = {
      "PixArt-$α$: x", "Who's Harry Potter? Approximate Unlearning", "Über-Große «Modelle» für 3D/4D", "a_b c.d e+f",
      "Ωμέγα", "C++ & C#: Languages", "日本語 Title Words Here"
    };
    for (String t : titles) {
      assertThat(builder.build(t)).as(t).matches("[A-Za-z0-9]+");
    }
  }

  @Test
  void builderIsReusable() {
    assertThat(builder.build("EDTalk: Efficient")).isEqualTo("edtalk");
    assertThat(builder.build("Scale Efficient Training for Large Datasets")).isEqualTo("scaleEfficientTraining");
    assertThat(builder.build("EDTalk: Efficient")).isEqualTo("edtalk");
  }
}
