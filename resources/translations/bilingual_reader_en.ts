<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
  <context>
    <name>CoveragePanel</name>
    <message numerus="yes">
      <source>Only in %1: %n paragraph(s)</source>
      <translation>
        <numerusform>Only in %1: %n paragraph</numerusform>
        <numerusform>Only in %1: %n paragraphs</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Figures and names on one side: %n</source>
      <translation>
        <numerusform>Figures and names on one side: %n</numerusform>
        <numerusform>Figures and names on one side: %n</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>FindBar</name>
    <message numerus="yes">
      <source>%n match(es)</source>
      <translation>
        <numerusform>%n match</numerusform>
        <numerusform>%n matches</numerusform>
      </translation>
    </message>
  </context>
</TS>