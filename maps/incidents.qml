<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis hasScaleBasedVisibilityFlag="0" simplifyAlgorithm="0" styleCategories="Symbology|Labeling|Rendering" simplifyDrawingHints="1" maxScale="0" minScale="100000000" simplifyDrawingTol="1" simplifyLocal="1" symbologyReferenceScale="-1" version="3.22.16-Białowieża" labelsEnabled="0" simplifyMaxScale="1">
 <renderer-v2 enableorderby="1" symbollevels="0" type="RuleRenderer" forceraster="0" referencescale="-1">
  <rules key="{47cff880-cc37-4921-9073-73d81893eaaf}">
   <rule label="Closed or rejected" symbol="0" key="{86caea40-4230-41e0-a22a-24dc182aaad5}" filter="&quot;state&quot; IN ('closed', 'rejected', 'merged')"/>
   <rule label="Awaiting acceptance" symbol="1" key="{253d91b4-3536-4a3f-8bc1-5163b39a7a87}" filter="&quot;state&quot; NOT IN ('closed', 'rejected', 'merged') AND NOT (&quot;due_at&quot; &lt; now()) AND NOT (&quot;warn_at&quot; &lt;= now()) AND &quot;state&quot; IN ('reported')"/>
   <rule label="Being handled" symbol="2" key="{510e28b3-e902-4ad6-b76f-befc7df0bce2}" filter="&quot;state&quot; NOT IN ('closed', 'rejected', 'merged') AND NOT (&quot;due_at&quot; &lt; now()) AND NOT (&quot;warn_at&quot; &lt;= now()) AND &quot;state&quot; IN ('accepted', 'dispatched', 'handling')"/>
   <rule label="Awaiting verification" symbol="3" key="{aaef81b7-2909-4f31-a053-f2ce85c7037d}" filter="&quot;state&quot; NOT IN ('closed', 'rejected', 'merged') AND NOT (&quot;due_at&quot; &lt; now()) AND NOT (&quot;warn_at&quot; &lt;= now()) AND &quot;state&quot; IN ('replied', 'verified')"/>
   <rule label="Due soon (80 % used)" symbol="4" key="{b9c63e16-f177-4578-a4ed-5435cf5ecdfb}" filter="&quot;state&quot; NOT IN ('closed', 'rejected', 'merged') AND NOT (&quot;due_at&quot; &lt; now()) AND &quot;warn_at&quot; &lt;= now()"/>
   <rule label="Overdue" symbol="5" key="{ca1d1a84-1bb3-49bf-95e9-d2d6cc3cc47d}" filter="&quot;state&quot; NOT IN ('closed', 'rejected', 'merged') AND &quot;due_at&quot; &lt; now()"/>
  </rules>
  <symbols>
   <symbol clip_to_extent="1" force_rhr="0" alpha="0.55" name="0" type="marker">
    <data_defined_properties>
     <Option type="Map">
      <Option value="" name="name" type="QString"/>
      <Option name="properties"/>
      <Option value="collection" name="type" type="QString"/>
     </Option>
    </data_defined_properties>
    <layer pass="0" enabled="1" locked="0" class="SimpleMarker">
     <Option type="Map">
      <Option value="0" name="angle" type="QString"/>
      <Option value="square" name="cap_style" type="QString"/>
      <Option value="130,130,130,255" name="color" type="QString"/>
      <Option value="1" name="horizontal_anchor_point" type="QString"/>
      <Option value="bevel" name="joinstyle" type="QString"/>
      <Option value="circle" name="name" type="QString"/>
      <Option value="0,0" name="offset" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
      <Option value="MM" name="offset_unit" type="QString"/>
      <Option value="255,255,255,150" name="outline_color" type="QString"/>
      <Option value="solid" name="outline_style" type="QString"/>
      <Option value="0.15" name="outline_width" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
      <Option value="MM" name="outline_width_unit" type="QString"/>
      <Option value="diameter" name="scale_method" type="QString"/>
      <Option value="1.6" name="size" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
      <Option value="MM" name="size_unit" type="QString"/>
      <Option value="1" name="vertical_anchor_point" type="QString"/>
     </Option>
     <prop k="angle" v="0"/>
     <prop k="cap_style" v="square"/>
     <prop k="color" v="130,130,130,255"/>
     <prop k="horizontal_anchor_point" v="1"/>
     <prop k="joinstyle" v="bevel"/>
     <prop k="name" v="circle"/>
     <prop k="offset" v="0,0"/>
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="offset_unit" v="MM"/>
     <prop k="outline_color" v="255,255,255,150"/>
     <prop k="outline_style" v="solid"/>
     <prop k="outline_width" v="0.15"/>
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="outline_width_unit" v="MM"/>
     <prop k="scale_method" v="diameter"/>
     <prop k="size" v="1.6"/>
     <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="size_unit" v="MM"/>
     <prop k="vertical_anchor_point" v="1"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" name="name" type="QString"/>
       <Option name="properties"/>
       <Option value="collection" name="type" type="QString"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="1" type="marker">
    <data_defined_properties>
     <Option type="Map">
      <Option value="" name="name" type="QString"/>
      <Option name="properties"/>
      <Option value="collection" name="type" type="QString"/>
     </Option>
    </data_defined_properties>
    <layer pass="0" enabled="1" locked="0" class="SimpleMarker">
     <Option type="Map">
      <Option value="0" name="angle" type="QString"/>
      <Option value="square" name="cap_style" type="QString"/>
      <Option value="240,170,0,255" name="color" type="QString"/>
      <Option value="1" name="horizontal_anchor_point" type="QString"/>
      <Option value="bevel" name="joinstyle" type="QString"/>
      <Option value="circle" name="name" type="QString"/>
      <Option value="0,0" name="offset" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
      <Option value="MM" name="offset_unit" type="QString"/>
      <Option value="255,255,255,255" name="outline_color" type="QString"/>
      <Option value="solid" name="outline_style" type="QString"/>
      <Option value="0.5" name="outline_width" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
      <Option value="MM" name="outline_width_unit" type="QString"/>
      <Option value="diameter" name="scale_method" type="QString"/>
      <Option value="3" name="size" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
      <Option value="MM" name="size_unit" type="QString"/>
      <Option value="1" name="vertical_anchor_point" type="QString"/>
     </Option>
     <prop k="angle" v="0"/>
     <prop k="cap_style" v="square"/>
     <prop k="color" v="240,170,0,255"/>
     <prop k="horizontal_anchor_point" v="1"/>
     <prop k="joinstyle" v="bevel"/>
     <prop k="name" v="circle"/>
     <prop k="offset" v="0,0"/>
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="offset_unit" v="MM"/>
     <prop k="outline_color" v="255,255,255,255"/>
     <prop k="outline_style" v="solid"/>
     <prop k="outline_width" v="0.5"/>
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="outline_width_unit" v="MM"/>
     <prop k="scale_method" v="diameter"/>
     <prop k="size" v="3"/>
     <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="size_unit" v="MM"/>
     <prop k="vertical_anchor_point" v="1"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" name="name" type="QString"/>
       <Option name="properties"/>
       <Option value="collection" name="type" type="QString"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="2" type="marker">
    <data_defined_properties>
     <Option type="Map">
      <Option value="" name="name" type="QString"/>
      <Option name="properties"/>
      <Option value="collection" name="type" type="QString"/>
     </Option>
    </data_defined_properties>
    <layer pass="0" enabled="1" locked="0" class="SimpleMarker">
     <Option type="Map">
      <Option value="0" name="angle" type="QString"/>
      <Option value="square" name="cap_style" type="QString"/>
      <Option value="38,110,200,255" name="color" type="QString"/>
      <Option value="1" name="horizontal_anchor_point" type="QString"/>
      <Option value="bevel" name="joinstyle" type="QString"/>
      <Option value="circle" name="name" type="QString"/>
      <Option value="0,0" name="offset" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
      <Option value="MM" name="offset_unit" type="QString"/>
      <Option value="255,255,255,255" name="outline_color" type="QString"/>
      <Option value="solid" name="outline_style" type="QString"/>
      <Option value="0.5" name="outline_width" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
      <Option value="MM" name="outline_width_unit" type="QString"/>
      <Option value="diameter" name="scale_method" type="QString"/>
      <Option value="3" name="size" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
      <Option value="MM" name="size_unit" type="QString"/>
      <Option value="1" name="vertical_anchor_point" type="QString"/>
     </Option>
     <prop k="angle" v="0"/>
     <prop k="cap_style" v="square"/>
     <prop k="color" v="38,110,200,255"/>
     <prop k="horizontal_anchor_point" v="1"/>
     <prop k="joinstyle" v="bevel"/>
     <prop k="name" v="circle"/>
     <prop k="offset" v="0,0"/>
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="offset_unit" v="MM"/>
     <prop k="outline_color" v="255,255,255,255"/>
     <prop k="outline_style" v="solid"/>
     <prop k="outline_width" v="0.5"/>
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="outline_width_unit" v="MM"/>
     <prop k="scale_method" v="diameter"/>
     <prop k="size" v="3"/>
     <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="size_unit" v="MM"/>
     <prop k="vertical_anchor_point" v="1"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" name="name" type="QString"/>
       <Option name="properties"/>
       <Option value="collection" name="type" type="QString"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="3" type="marker">
    <data_defined_properties>
     <Option type="Map">
      <Option value="" name="name" type="QString"/>
      <Option name="properties"/>
      <Option value="collection" name="type" type="QString"/>
     </Option>
    </data_defined_properties>
    <layer pass="0" enabled="1" locked="0" class="SimpleMarker">
     <Option type="Map">
      <Option value="0" name="angle" type="QString"/>
      <Option value="square" name="cap_style" type="QString"/>
      <Option value="140,80,190,255" name="color" type="QString"/>
      <Option value="1" name="horizontal_anchor_point" type="QString"/>
      <Option value="bevel" name="joinstyle" type="QString"/>
      <Option value="circle" name="name" type="QString"/>
      <Option value="0,0" name="offset" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
      <Option value="MM" name="offset_unit" type="QString"/>
      <Option value="255,255,255,255" name="outline_color" type="QString"/>
      <Option value="solid" name="outline_style" type="QString"/>
      <Option value="0.5" name="outline_width" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
      <Option value="MM" name="outline_width_unit" type="QString"/>
      <Option value="diameter" name="scale_method" type="QString"/>
      <Option value="3" name="size" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
      <Option value="MM" name="size_unit" type="QString"/>
      <Option value="1" name="vertical_anchor_point" type="QString"/>
     </Option>
     <prop k="angle" v="0"/>
     <prop k="cap_style" v="square"/>
     <prop k="color" v="140,80,190,255"/>
     <prop k="horizontal_anchor_point" v="1"/>
     <prop k="joinstyle" v="bevel"/>
     <prop k="name" v="circle"/>
     <prop k="offset" v="0,0"/>
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="offset_unit" v="MM"/>
     <prop k="outline_color" v="255,255,255,255"/>
     <prop k="outline_style" v="solid"/>
     <prop k="outline_width" v="0.5"/>
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="outline_width_unit" v="MM"/>
     <prop k="scale_method" v="diameter"/>
     <prop k="size" v="3"/>
     <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="size_unit" v="MM"/>
     <prop k="vertical_anchor_point" v="1"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" name="name" type="QString"/>
       <Option name="properties"/>
       <Option value="collection" name="type" type="QString"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="4" type="marker">
    <data_defined_properties>
     <Option type="Map">
      <Option value="" name="name" type="QString"/>
      <Option name="properties"/>
      <Option value="collection" name="type" type="QString"/>
     </Option>
    </data_defined_properties>
    <layer pass="0" enabled="1" locked="0" class="SimpleMarker">
     <Option type="Map">
      <Option value="0" name="angle" type="QString"/>
      <Option value="square" name="cap_style" type="QString"/>
      <Option value="255,127,14,255" name="color" type="QString"/>
      <Option value="1" name="horizontal_anchor_point" type="QString"/>
      <Option value="bevel" name="joinstyle" type="QString"/>
      <Option value="circle" name="name" type="QString"/>
      <Option value="0,0" name="offset" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
      <Option value="MM" name="offset_unit" type="QString"/>
      <Option value="90,40,0,255" name="outline_color" type="QString"/>
      <Option value="solid" name="outline_style" type="QString"/>
      <Option value="0.6" name="outline_width" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
      <Option value="MM" name="outline_width_unit" type="QString"/>
      <Option value="diameter" name="scale_method" type="QString"/>
      <Option value="3.4" name="size" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
      <Option value="MM" name="size_unit" type="QString"/>
      <Option value="1" name="vertical_anchor_point" type="QString"/>
     </Option>
     <prop k="angle" v="0"/>
     <prop k="cap_style" v="square"/>
     <prop k="color" v="255,127,14,255"/>
     <prop k="horizontal_anchor_point" v="1"/>
     <prop k="joinstyle" v="bevel"/>
     <prop k="name" v="circle"/>
     <prop k="offset" v="0,0"/>
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="offset_unit" v="MM"/>
     <prop k="outline_color" v="90,40,0,255"/>
     <prop k="outline_style" v="solid"/>
     <prop k="outline_width" v="0.6"/>
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="outline_width_unit" v="MM"/>
     <prop k="scale_method" v="diameter"/>
     <prop k="size" v="3.4"/>
     <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="size_unit" v="MM"/>
     <prop k="vertical_anchor_point" v="1"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" name="name" type="QString"/>
       <Option name="properties"/>
       <Option value="collection" name="type" type="QString"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
   <symbol clip_to_extent="1" force_rhr="0" alpha="1" name="5" type="marker">
    <data_defined_properties>
     <Option type="Map">
      <Option value="" name="name" type="QString"/>
      <Option name="properties"/>
      <Option value="collection" name="type" type="QString"/>
     </Option>
    </data_defined_properties>
    <layer pass="0" enabled="1" locked="0" class="SimpleMarker">
     <Option type="Map">
      <Option value="0" name="angle" type="QString"/>
      <Option value="square" name="cap_style" type="QString"/>
      <Option value="214,39,40,70" name="color" type="QString"/>
      <Option value="1" name="horizontal_anchor_point" type="QString"/>
      <Option value="bevel" name="joinstyle" type="QString"/>
      <Option value="circle" name="name" type="QString"/>
      <Option value="0,0" name="offset" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
      <Option value="MM" name="offset_unit" type="QString"/>
      <Option value="214,39,40,160" name="outline_color" type="QString"/>
      <Option value="solid" name="outline_style" type="QString"/>
      <Option value="0.3" name="outline_width" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
      <Option value="MM" name="outline_width_unit" type="QString"/>
      <Option value="diameter" name="scale_method" type="QString"/>
      <Option value="7" name="size" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
      <Option value="MM" name="size_unit" type="QString"/>
      <Option value="1" name="vertical_anchor_point" type="QString"/>
     </Option>
     <prop k="angle" v="0"/>
     <prop k="cap_style" v="square"/>
     <prop k="color" v="214,39,40,70"/>
     <prop k="horizontal_anchor_point" v="1"/>
     <prop k="joinstyle" v="bevel"/>
     <prop k="name" v="circle"/>
     <prop k="offset" v="0,0"/>
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="offset_unit" v="MM"/>
     <prop k="outline_color" v="214,39,40,160"/>
     <prop k="outline_style" v="solid"/>
     <prop k="outline_width" v="0.3"/>
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="outline_width_unit" v="MM"/>
     <prop k="scale_method" v="diameter"/>
     <prop k="size" v="7"/>
     <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="size_unit" v="MM"/>
     <prop k="vertical_anchor_point" v="1"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" name="name" type="QString"/>
       <Option name="properties"/>
       <Option value="collection" name="type" type="QString"/>
      </Option>
     </data_defined_properties>
    </layer>
    <layer pass="0" enabled="1" locked="0" class="SimpleMarker">
     <Option type="Map">
      <Option value="0" name="angle" type="QString"/>
      <Option value="square" name="cap_style" type="QString"/>
      <Option value="214,39,40,255" name="color" type="QString"/>
      <Option value="1" name="horizontal_anchor_point" type="QString"/>
      <Option value="bevel" name="joinstyle" type="QString"/>
      <Option value="circle" name="name" type="QString"/>
      <Option value="0,0" name="offset" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
      <Option value="MM" name="offset_unit" type="QString"/>
      <Option value="255,255,255,255" name="outline_color" type="QString"/>
      <Option value="solid" name="outline_style" type="QString"/>
      <Option value="0.7" name="outline_width" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
      <Option value="MM" name="outline_width_unit" type="QString"/>
      <Option value="diameter" name="scale_method" type="QString"/>
      <Option value="4" name="size" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
      <Option value="MM" name="size_unit" type="QString"/>
      <Option value="1" name="vertical_anchor_point" type="QString"/>
     </Option>
     <prop k="angle" v="0"/>
     <prop k="cap_style" v="square"/>
     <prop k="color" v="214,39,40,255"/>
     <prop k="horizontal_anchor_point" v="1"/>
     <prop k="joinstyle" v="bevel"/>
     <prop k="name" v="circle"/>
     <prop k="offset" v="0,0"/>
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="offset_unit" v="MM"/>
     <prop k="outline_color" v="255,255,255,255"/>
     <prop k="outline_style" v="solid"/>
     <prop k="outline_width" v="0.7"/>
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="outline_width_unit" v="MM"/>
     <prop k="scale_method" v="diameter"/>
     <prop k="size" v="4"/>
     <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="size_unit" v="MM"/>
     <prop k="vertical_anchor_point" v="1"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" name="name" type="QString"/>
       <Option name="properties"/>
       <Option value="collection" name="type" type="QString"/>
      </Option>
     </data_defined_properties>
    </layer>
    <layer pass="0" enabled="1" locked="0" class="SimpleMarker">
     <Option type="Map">
      <Option value="0" name="angle" type="QString"/>
      <Option value="square" name="cap_style" type="QString"/>
      <Option value="255,0,0,255" name="color" type="QString"/>
      <Option value="1" name="horizontal_anchor_point" type="QString"/>
      <Option value="bevel" name="joinstyle" type="QString"/>
      <Option value="line" name="name" type="QString"/>
      <Option value="0,-0.29999999999999999" name="offset" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="offset_map_unit_scale" type="QString"/>
      <Option value="MM" name="offset_unit" type="QString"/>
      <Option value="255,255,255,255" name="outline_color" type="QString"/>
      <Option value="solid" name="outline_style" type="QString"/>
      <Option value="0.5" name="outline_width" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="outline_width_map_unit_scale" type="QString"/>
      <Option value="MM" name="outline_width_unit" type="QString"/>
      <Option value="diameter" name="scale_method" type="QString"/>
      <Option value="1.6" name="size" type="QString"/>
      <Option value="3x:0,0,0,0,0,0" name="size_map_unit_scale" type="QString"/>
      <Option value="MM" name="size_unit" type="QString"/>
      <Option value="1" name="vertical_anchor_point" type="QString"/>
     </Option>
     <prop k="angle" v="0"/>
     <prop k="cap_style" v="square"/>
     <prop k="color" v="255,0,0,255"/>
     <prop k="horizontal_anchor_point" v="1"/>
     <prop k="joinstyle" v="bevel"/>
     <prop k="name" v="line"/>
     <prop k="offset" v="0,-0.29999999999999999"/>
     <prop k="offset_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="offset_unit" v="MM"/>
     <prop k="outline_color" v="255,255,255,255"/>
     <prop k="outline_style" v="solid"/>
     <prop k="outline_width" v="0.5"/>
     <prop k="outline_width_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="outline_width_unit" v="MM"/>
     <prop k="scale_method" v="diameter"/>
     <prop k="size" v="1.6"/>
     <prop k="size_map_unit_scale" v="3x:0,0,0,0,0,0"/>
     <prop k="size_unit" v="MM"/>
     <prop k="vertical_anchor_point" v="1"/>
     <data_defined_properties>
      <Option type="Map">
       <Option value="" name="name" type="QString"/>
       <Option name="properties"/>
       <Option value="collection" name="type" type="QString"/>
      </Option>
     </data_defined_properties>
    </layer>
   </symbol>
  </symbols>
  <orderby>
   <orderByClause nullsFirst="0" asc="1">CASE WHEN "state" IN ('closed','rejected','merged') THEN 0 WHEN "due_at" &lt; now() THEN 3 WHEN "warn_at" &lt;= now() THEN 2 ELSE 1 END</orderByClause>
  </orderby>
 </renderer-v2>
 <blendMode>0</blendMode>
 <featureBlendMode>0</featureBlendMode>
 <layerOpacity>1</layerOpacity>
 <layerGeometryType>0</layerGeometryType>
</qgis>
