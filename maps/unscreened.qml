<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis simplifyDrawingHints="1" simplifyDrawingTol="1" simplifyLocal="1" styleCategories="Symbology|Labeling|Rendering" labelsEnabled="0" hasScaleBasedVisibilityFlag="0" version="3.22.16-Białowieża" minScale="100000000" simplifyAlgorithm="0" symbologyReferenceScale="-1" maxScale="0" simplifyMaxScale="1">
 <renderer-v2 forceraster="0" symbollevels="0" type="singleSymbol" enableorderby="0" referencescale="-1">
  <symbols>
   <symbol alpha="1" name="0" type="fill" force_rhr="0" clip_to_extent="1">
    <data_defined_properties>
     <Option type="Map">
      <Option name="name" value="" type="QString"/>
      <Option name="properties"/>
      <Option name="type" value="collection" type="QString"/>
     </Option>
    </data_defined_properties>
    <layer enabled="1" locked="0" pass="0" class="LinePatternFill">
     <Option type="Map">
      <Option name="angle" value="45" type="QString"/>
      <Option name="color" value="200,30,30,150" type="QString"/>
      <Option name="distance" value="2.2" type="QString"/>
      <Option name="distance_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
      <Option name="distance_unit" value="MM" type="QString"/>
      <Option name="line_width" value="0.35" type="QString"/>
      <Option name="line_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
      <Option name="line_width_unit" value="MM" type="QString"/>
      <Option name="offset" value="0" type="QString"/>
      <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
      <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
     </Option>
     <prop v="45" k="angle"/>
     <prop v="200,30,30,150" k="color"/>
     <prop v="2.2" k="distance"/>
     <prop v="3x:0,0,0,0,0,0" k="distance_map_unit_scale"/>
     <prop v="MM" k="distance_unit"/>
     <prop v="0.35" k="line_width"/>
     <prop v="3x:0,0,0,0,0,0" k="line_width_map_unit_scale"/>
     <prop v="MM" k="line_width_unit"/>
     <prop v="0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
     <prop v="MM" k="outline_width_unit"/>
     <data_defined_properties>
      <Option type="Map">
       <Option name="name" value="" type="QString"/>
       <Option name="properties"/>
       <Option name="type" value="collection" type="QString"/>
      </Option>
     </data_defined_properties>
     <symbol alpha="1" name="@0@0" type="line" force_rhr="0" clip_to_extent="1">
      <data_defined_properties>
       <Option type="Map">
        <Option name="name" value="" type="QString"/>
        <Option name="properties"/>
        <Option name="type" value="collection" type="QString"/>
       </Option>
      </data_defined_properties>
      <layer enabled="1" locked="0" pass="0" class="SimpleLine">
       <Option type="Map">
        <Option name="align_dash_pattern" value="0" type="QString"/>
        <Option name="capstyle" value="square" type="QString"/>
        <Option name="customdash" value="5;2" type="QString"/>
        <Option name="customdash_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
        <Option name="customdash_unit" value="MM" type="QString"/>
        <Option name="dash_pattern_offset" value="0" type="QString"/>
        <Option name="dash_pattern_offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
        <Option name="dash_pattern_offset_unit" value="MM" type="QString"/>
        <Option name="draw_inside_polygon" value="0" type="QString"/>
        <Option name="joinstyle" value="bevel" type="QString"/>
        <Option name="line_color" value="200,30,30,150" type="QString"/>
        <Option name="line_style" value="solid" type="QString"/>
        <Option name="line_width" value="0.35" type="QString"/>
        <Option name="line_width_unit" value="MM" type="QString"/>
        <Option name="offset" value="0" type="QString"/>
        <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
        <Option name="offset_unit" value="MM" type="QString"/>
        <Option name="ring_filter" value="0" type="QString"/>
        <Option name="trim_distance_end" value="0" type="QString"/>
        <Option name="trim_distance_end_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
        <Option name="trim_distance_end_unit" value="MM" type="QString"/>
        <Option name="trim_distance_start" value="0" type="QString"/>
        <Option name="trim_distance_start_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
        <Option name="trim_distance_start_unit" value="MM" type="QString"/>
        <Option name="tweak_dash_pattern_on_corners" value="0" type="QString"/>
        <Option name="use_custom_dash" value="0" type="QString"/>
        <Option name="width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
       </Option>
       <prop v="0" k="align_dash_pattern"/>
       <prop v="square" k="capstyle"/>
       <prop v="5;2" k="customdash"/>
       <prop v="3x:0,0,0,0,0,0" k="customdash_map_unit_scale"/>
       <prop v="MM" k="customdash_unit"/>
       <prop v="0" k="dash_pattern_offset"/>
       <prop v="3x:0,0,0,0,0,0" k="dash_pattern_offset_map_unit_scale"/>
       <prop v="MM" k="dash_pattern_offset_unit"/>
       <prop v="0" k="draw_inside_polygon"/>
       <prop v="bevel" k="joinstyle"/>
       <prop v="200,30,30,150" k="line_color"/>
       <prop v="solid" k="line_style"/>
       <prop v="0.35" k="line_width"/>
       <prop v="MM" k="line_width_unit"/>
       <prop v="0" k="offset"/>
       <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
       <prop v="MM" k="offset_unit"/>
       <prop v="0" k="ring_filter"/>
       <prop v="0" k="trim_distance_end"/>
       <prop v="3x:0,0,0,0,0,0" k="trim_distance_end_map_unit_scale"/>
       <prop v="MM" k="trim_distance_end_unit"/>
       <prop v="0" k="trim_distance_start"/>
       <prop v="3x:0,0,0,0,0,0" k="trim_distance_start_map_unit_scale"/>
       <prop v="MM" k="trim_distance_start_unit"/>
       <prop v="0" k="tweak_dash_pattern_on_corners"/>
       <prop v="0" k="use_custom_dash"/>
       <prop v="3x:0,0,0,0,0,0" k="width_map_unit_scale"/>
       <data_defined_properties>
        <Option type="Map">
         <Option name="name" value="" type="QString"/>
         <Option name="properties"/>
         <Option name="type" value="collection" type="QString"/>
        </Option>
       </data_defined_properties>
      </layer>
     </symbol>
    </layer>
    <layer enabled="1" locked="0" pass="0" class="SimpleFill">
     <Option type="Map">
      <Option name="border_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
      <Option name="color" value="0,0,0,0" type="QString"/>
      <Option name="joinstyle" value="bevel" type="QString"/>
      <Option name="offset" value="0,0" type="QString"/>
      <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
      <Option name="offset_unit" value="MM" type="QString"/>
      <Option name="outline_color" value="200,30,30,235" type="QString"/>
      <Option name="outline_style" value="solid" type="QString"/>
      <Option name="outline_width" value="0.25" type="QString"/>
      <Option name="outline_width_unit" value="MM" type="QString"/>
      <Option name="style" value="no" type="QString"/>
     </Option>
     <prop v="3x:0,0,0,0,0,0" k="border_width_map_unit_scale"/>
     <prop v="0,0,0,0" k="color"/>
     <prop v="bevel" k="joinstyle"/>
     <prop v="0,0" k="offset"/>
     <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
     <prop v="MM" k="offset_unit"/>
     <prop v="200,30,30,235" k="outline_color"/>
     <prop v="solid" k="outline_style"/>
     <prop v="0.25" k="outline_width"/>
     <prop v="MM" k="outline_width_unit"/>
     <prop v="no" k="style"/>
     <data_defined_properties>
      <Option type="Map">
       <Option name="name" value="" type="QString"/>
       <Option name="properties"/>
       <Option name="type" value="collection" type="QString"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
  </symbols>
  <rotation/>
  <sizescale/>
 </renderer-v2>
 <blendMode>0</blendMode>
 <featureBlendMode>0</featureBlendMode>
 <layerOpacity>1</layerOpacity>
 <layerGeometryType>2</layerGeometryType>
</qgis>
