<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- Security bulletins: each level cross-hatched in its warning colour (unlike the single hatch of unscreened grids) with a strong outline, labelled with the title above other labels. -->
<qgis version="3.22.16-Białowieża" styleCategories="Symbology|Labeling|Rendering" labelsEnabled="1" hasScaleBasedVisibilityFlag="0" minScale="100000000" maxScale="0" simplifyDrawingHints="0" simplifyLocal="1" simplifyAlgorithm="0" simplifyDrawingTol="1" simplifyMaxScale="1" symbologyReferenceScale="-1">
 <renderer-v2 type="RuleRenderer" symbollevels="0" forceraster="0" enableorderby="1" referencescale="-1">
  <rules key="bulletin_root">
   <rule key="bulletin_red" symbol="0" filter="&quot;level&quot; = 'red'" label="Red warning"/>
   <rule key="bulletin_orange" symbol="1" filter="&quot;level&quot; = 'orange'" label="Orange warning"/>
   <rule key="bulletin_yellow" symbol="2" filter="&quot;level&quot; = 'yellow'" label="Yellow warning"/>
   <rule key="bulletin_blue" symbol="3" filter="&quot;level&quot; = 'blue'" label="Blue warning"/>
  </rules>
  <symbols>
   <symbol alpha="1" name="0" type="fill" force_rhr="0" clip_to_extent="1">
    <layer enabled="1" locked="0" pass="0" class="SimpleFill">
     <Option type="Map">
      <Option name="color" value="215,25,28,38" type="QString"/>
      <Option name="style" value="solid" type="QString"/>
      <Option name="outline_color" value="215,25,28,255" type="QString"/>
      <Option name="outline_style" value="solid" type="QString"/>
      <Option name="outline_width" value="0.9" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
      <Option name="joinstyle" value="round" type="QString"/>
      <Option name="offset" value="0,0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
     </Option>
    </layer>
    <layer enabled="1" locked="0" pass="0" class="LinePatternFill">
     <Option type="Map">
      <Option name="angle" value="45" type="QString"/>
      <Option name="color" value="215,25,28,200" type="QString"/>
      <Option name="distance" value="2.4" type="QString"/>
      <Option name="distance_unit" value="MM" type="QString"/>
      <Option name="line_width" value="0.45" type="QString"/>
      <Option name="line_width_unit" value="MM" type="QString"/>
      <Option name="offset" value="0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
     </Option>
     <symbol alpha="1" name="@0@1" type="line" force_rhr="0" clip_to_extent="1">
      <layer enabled="1" locked="0" pass="0" class="SimpleLine">
       <Option type="Map">
        <Option name="line_color" value="215,25,28,200" type="QString"/>
        <Option name="line_style" value="solid" type="QString"/>
        <Option name="line_width" value="0.45" type="QString"/>
        <Option name="line_width_unit" value="MM" type="QString"/>
        <Option name="capstyle" value="flat" type="QString"/>
        <Option name="joinstyle" value="bevel" type="QString"/>
        <Option name="offset" value="0" type="QString"/>
        <Option name="offset_unit" value="MM" type="QString"/>
        <Option name="use_custom_dash" value="0" type="QString"/>
       </Option>
      </layer>
     </symbol>
    </layer>
    <layer enabled="1" locked="0" pass="0" class="LinePatternFill">
     <Option type="Map">
      <Option name="angle" value="135" type="QString"/>
      <Option name="color" value="215,25,28,200" type="QString"/>
      <Option name="distance" value="2.4" type="QString"/>
      <Option name="distance_unit" value="MM" type="QString"/>
      <Option name="line_width" value="0.45" type="QString"/>
      <Option name="line_width_unit" value="MM" type="QString"/>
      <Option name="offset" value="0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
     </Option>
     <symbol alpha="1" name="@x0@1" type="line" force_rhr="0" clip_to_extent="1">
      <layer enabled="1" locked="0" pass="0" class="SimpleLine">
       <Option type="Map">
        <Option name="line_color" value="215,25,28,200" type="QString"/>
        <Option name="line_style" value="solid" type="QString"/>
        <Option name="line_width" value="0.45" type="QString"/>
        <Option name="line_width_unit" value="MM" type="QString"/>
        <Option name="capstyle" value="flat" type="QString"/>
        <Option name="joinstyle" value="bevel" type="QString"/>
        <Option name="offset" value="0" type="QString"/>
        <Option name="offset_unit" value="MM" type="QString"/>
        <Option name="use_custom_dash" value="0" type="QString"/>
       </Option>
      </layer>
     </symbol>
    </layer>
   </symbol>
   <symbol alpha="1" name="1" type="fill" force_rhr="0" clip_to_extent="1">
    <layer enabled="1" locked="0" pass="0" class="SimpleFill">
     <Option type="Map">
      <Option name="color" value="240,120,0,38" type="QString"/>
      <Option name="style" value="solid" type="QString"/>
      <Option name="outline_color" value="240,120,0,255" type="QString"/>
      <Option name="outline_style" value="solid" type="QString"/>
      <Option name="outline_width" value="0.9" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
      <Option name="joinstyle" value="round" type="QString"/>
      <Option name="offset" value="0,0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
     </Option>
    </layer>
    <layer enabled="1" locked="0" pass="0" class="LinePatternFill">
     <Option type="Map">
      <Option name="angle" value="45" type="QString"/>
      <Option name="color" value="240,120,0,200" type="QString"/>
      <Option name="distance" value="2.4" type="QString"/>
      <Option name="distance_unit" value="MM" type="QString"/>
      <Option name="line_width" value="0.45" type="QString"/>
      <Option name="line_width_unit" value="MM" type="QString"/>
      <Option name="offset" value="0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
     </Option>
     <symbol alpha="1" name="@1@1" type="line" force_rhr="0" clip_to_extent="1">
      <layer enabled="1" locked="0" pass="0" class="SimpleLine">
       <Option type="Map">
        <Option name="line_color" value="240,120,0,200" type="QString"/>
        <Option name="line_style" value="solid" type="QString"/>
        <Option name="line_width" value="0.45" type="QString"/>
        <Option name="line_width_unit" value="MM" type="QString"/>
        <Option name="capstyle" value="flat" type="QString"/>
        <Option name="joinstyle" value="bevel" type="QString"/>
        <Option name="offset" value="0" type="QString"/>
        <Option name="offset_unit" value="MM" type="QString"/>
        <Option name="use_custom_dash" value="0" type="QString"/>
       </Option>
      </layer>
     </symbol>
    </layer>
    <layer enabled="1" locked="0" pass="0" class="LinePatternFill">
     <Option type="Map">
      <Option name="angle" value="135" type="QString"/>
      <Option name="color" value="240,120,0,200" type="QString"/>
      <Option name="distance" value="2.4" type="QString"/>
      <Option name="distance_unit" value="MM" type="QString"/>
      <Option name="line_width" value="0.45" type="QString"/>
      <Option name="line_width_unit" value="MM" type="QString"/>
      <Option name="offset" value="0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
     </Option>
     <symbol alpha="1" name="@x1@1" type="line" force_rhr="0" clip_to_extent="1">
      <layer enabled="1" locked="0" pass="0" class="SimpleLine">
       <Option type="Map">
        <Option name="line_color" value="240,120,0,200" type="QString"/>
        <Option name="line_style" value="solid" type="QString"/>
        <Option name="line_width" value="0.45" type="QString"/>
        <Option name="line_width_unit" value="MM" type="QString"/>
        <Option name="capstyle" value="flat" type="QString"/>
        <Option name="joinstyle" value="bevel" type="QString"/>
        <Option name="offset" value="0" type="QString"/>
        <Option name="offset_unit" value="MM" type="QString"/>
        <Option name="use_custom_dash" value="0" type="QString"/>
       </Option>
      </layer>
     </symbol>
    </layer>
   </symbol>
   <symbol alpha="1" name="2" type="fill" force_rhr="0" clip_to_extent="1">
    <layer enabled="1" locked="0" pass="0" class="SimpleFill">
     <Option type="Map">
      <Option name="color" value="214,170,0,38" type="QString"/>
      <Option name="style" value="solid" type="QString"/>
      <Option name="outline_color" value="214,170,0,255" type="QString"/>
      <Option name="outline_style" value="solid" type="QString"/>
      <Option name="outline_width" value="0.9" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
      <Option name="joinstyle" value="round" type="QString"/>
      <Option name="offset" value="0,0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
     </Option>
    </layer>
    <layer enabled="1" locked="0" pass="0" class="LinePatternFill">
     <Option type="Map">
      <Option name="angle" value="45" type="QString"/>
      <Option name="color" value="214,170,0,200" type="QString"/>
      <Option name="distance" value="2.4" type="QString"/>
      <Option name="distance_unit" value="MM" type="QString"/>
      <Option name="line_width" value="0.45" type="QString"/>
      <Option name="line_width_unit" value="MM" type="QString"/>
      <Option name="offset" value="0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
     </Option>
     <symbol alpha="1" name="@2@1" type="line" force_rhr="0" clip_to_extent="1">
      <layer enabled="1" locked="0" pass="0" class="SimpleLine">
       <Option type="Map">
        <Option name="line_color" value="214,170,0,200" type="QString"/>
        <Option name="line_style" value="solid" type="QString"/>
        <Option name="line_width" value="0.45" type="QString"/>
        <Option name="line_width_unit" value="MM" type="QString"/>
        <Option name="capstyle" value="flat" type="QString"/>
        <Option name="joinstyle" value="bevel" type="QString"/>
        <Option name="offset" value="0" type="QString"/>
        <Option name="offset_unit" value="MM" type="QString"/>
        <Option name="use_custom_dash" value="0" type="QString"/>
       </Option>
      </layer>
     </symbol>
    </layer>
    <layer enabled="1" locked="0" pass="0" class="LinePatternFill">
     <Option type="Map">
      <Option name="angle" value="135" type="QString"/>
      <Option name="color" value="214,170,0,200" type="QString"/>
      <Option name="distance" value="2.4" type="QString"/>
      <Option name="distance_unit" value="MM" type="QString"/>
      <Option name="line_width" value="0.45" type="QString"/>
      <Option name="line_width_unit" value="MM" type="QString"/>
      <Option name="offset" value="0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
     </Option>
     <symbol alpha="1" name="@x2@1" type="line" force_rhr="0" clip_to_extent="1">
      <layer enabled="1" locked="0" pass="0" class="SimpleLine">
       <Option type="Map">
        <Option name="line_color" value="214,170,0,200" type="QString"/>
        <Option name="line_style" value="solid" type="QString"/>
        <Option name="line_width" value="0.45" type="QString"/>
        <Option name="line_width_unit" value="MM" type="QString"/>
        <Option name="capstyle" value="flat" type="QString"/>
        <Option name="joinstyle" value="bevel" type="QString"/>
        <Option name="offset" value="0" type="QString"/>
        <Option name="offset_unit" value="MM" type="QString"/>
        <Option name="use_custom_dash" value="0" type="QString"/>
       </Option>
      </layer>
     </symbol>
    </layer>
   </symbol>
   <symbol alpha="1" name="3" type="fill" force_rhr="0" clip_to_extent="1">
    <layer enabled="1" locked="0" pass="0" class="SimpleFill">
     <Option type="Map">
      <Option name="color" value="31,111,209,38" type="QString"/>
      <Option name="style" value="solid" type="QString"/>
      <Option name="outline_color" value="31,111,209,255" type="QString"/>
      <Option name="outline_style" value="solid" type="QString"/>
      <Option name="outline_width" value="0.9" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
      <Option name="joinstyle" value="round" type="QString"/>
      <Option name="offset" value="0,0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
     </Option>
    </layer>
    <layer enabled="1" locked="0" pass="0" class="LinePatternFill">
     <Option type="Map">
      <Option name="angle" value="45" type="QString"/>
      <Option name="color" value="31,111,209,200" type="QString"/>
      <Option name="distance" value="2.4" type="QString"/>
      <Option name="distance_unit" value="MM" type="QString"/>
      <Option name="line_width" value="0.45" type="QString"/>
      <Option name="line_width_unit" value="MM" type="QString"/>
      <Option name="offset" value="0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
     </Option>
     <symbol alpha="1" name="@3@1" type="line" force_rhr="0" clip_to_extent="1">
      <layer enabled="1" locked="0" pass="0" class="SimpleLine">
       <Option type="Map">
        <Option name="line_color" value="31,111,209,200" type="QString"/>
        <Option name="line_style" value="solid" type="QString"/>
        <Option name="line_width" value="0.45" type="QString"/>
        <Option name="line_width_unit" value="MM" type="QString"/>
        <Option name="capstyle" value="flat" type="QString"/>
        <Option name="joinstyle" value="bevel" type="QString"/>
        <Option name="offset" value="0" type="QString"/>
        <Option name="offset_unit" value="MM" type="QString"/>
        <Option name="use_custom_dash" value="0" type="QString"/>
       </Option>
      </layer>
     </symbol>
    </layer>
    <layer enabled="1" locked="0" pass="0" class="LinePatternFill">
     <Option type="Map">
      <Option name="angle" value="135" type="QString"/>
      <Option name="color" value="31,111,209,200" type="QString"/>
      <Option name="distance" value="2.4" type="QString"/>
      <Option name="distance_unit" value="MM" type="QString"/>
      <Option name="line_width" value="0.45" type="QString"/>
      <Option name="line_width_unit" value="MM" type="QString"/>
      <Option name="offset" value="0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
     </Option>
     <symbol alpha="1" name="@x3@1" type="line" force_rhr="0" clip_to_extent="1">
      <layer enabled="1" locked="0" pass="0" class="SimpleLine">
       <Option type="Map">
        <Option name="line_color" value="31,111,209,200" type="QString"/>
        <Option name="line_style" value="solid" type="QString"/>
        <Option name="line_width" value="0.45" type="QString"/>
        <Option name="line_width_unit" value="MM" type="QString"/>
        <Option name="capstyle" value="flat" type="QString"/>
        <Option name="joinstyle" value="bevel" type="QString"/>
        <Option name="offset" value="0" type="QString"/>
        <Option name="offset_unit" value="MM" type="QString"/>
        <Option name="use_custom_dash" value="0" type="QString"/>
       </Option>
      </layer>
     </symbol>
    </layer>
   </symbol>
  </symbols>
  <orderby>
   <orderByClause asc="1" nullsFirst="0">CASE "level" WHEN 'red' THEN 4 WHEN 'orange' THEN 3 WHEN 'yellow' THEN 2 ELSE 1 END</orderByClause>
  </orderby>
 </renderer-v2>
 <labeling type="simple">
  <settings calloutType="simple">
   <text-style fieldName="title" isExpression="0" fontFamily="Noto Sans CJK SC" namedStyle="Bold" fontWeight="75" fontSize="12" fontSizeUnit="Point" textColor="120,20,10,255" textOpacity="1" fontItalic="0" fontUnderline="0" fontStrikeout="0" fontKerning="1" fontLetterSpacing="0" fontWordSpacing="0" capitalization="0" allowHtml="0" multilineHeight="1" textOrientation="horizontal" blendMode="0" useSubstitutions="0" previewBkgrdColor="255,255,255,255" legendString="Aa" fontSizeMapUnitScale="3x:0,0,0,0,0,0">
    <families/>
    <text-buffer bufferDraw="1" bufferSize="1.4" bufferSizeUnits="MM" bufferColor="255,255,255,255" bufferOpacity="0.95" bufferNoFill="1" bufferJoinStyle="128" bufferBlendMode="0" bufferSizeMapUnitScale="3x:0,0,0,0,0,0"/>
   </text-style>
   <text-format wrapChar="" autoWrapLength="14" useMaxLineLengthForAutoWrap="1" multilineAlign="1" addDirectionSymbol="0" formatNumbers="0" decimals="3" plussign="0" reverseDirectionSymbol="0" placeDirectionSymbol="0" leftDirectionSymbol="&lt;" rightDirectionSymbol="&gt;"/>
   <placement placement="4" placementFlags="10" centroidInside="1" centroidWhole="0" fitInPolygonOnly="0" priority="10" offsetType="0" dist="0" distUnits="MM" quadOffset="4" xOffset="0" yOffset="0" offsetUnits="MM" rotationAngle="0" repeatDistance="0" repeatDistanceUnits="MM" overrunDistance="0" overrunDistanceUnit="MM" maxCurvedCharAngleIn="25" maxCurvedCharAngleOut="-25" preserveRotation="1" layerType="PolygonGeometry" geometryGenerator="" geometryGeneratorEnabled="0" geometryGeneratorType="PointGeometry" labelOffsetMapUnitScale="3x:0,0,0,0,0,0" distMapUnitScale="3x:0,0,0,0,0,0" repeatDistanceMapUnitScale="3x:0,0,0,0,0,0" predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR" polygonPlacementFlags="2" lineAnchorPercent="0.5" lineAnchorType="0" lineAnchorClipping="0" overlapHandling="0"/>
   <rendering drawLabels="1" displayAll="0" obstacle="1" obstacleType="1" obstacleFactor="1" zIndex="5" upsidedownLabels="0" labelPerPart="0" mergeLines="0" limitNumLabels="0" maxNumLabels="2000" minFeatureSize="0" scaleVisibility="0" scaleMin="0" scaleMax="0" fontLimitPixelSize="0" fontMinPixelSize="3" fontMaxPixelSize="10000" unplacedVisibility="0"/>
   <dd_properties>
    <Option type="Map">
     <Option name="name" value="" type="QString"/>
     <Option name="properties"/>
     <Option name="type" value="collection" type="QString"/>
    </Option>
   </dd_properties>
  </settings>
 </labeling>
 <blendMode>0</blendMode>
 <featureBlendMode>0</featureBlendMode>
 <layerOpacity>1</layerOpacity>
 <layerGeometryType>2</layerGeometryType>
</qgis>
