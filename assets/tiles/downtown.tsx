<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="downtown" tilewidth="32" tileheight="32" tilecount="72" columns="12">
 <image source="downtown.png" width="384" height="192"/>
 <tile id="0">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="engine_block"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="6" y="10" width="26" height="22"/>
  </objectgroup>
 </tile>
 <tile id="1">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="10" height="22"/>
   <object id="2" x="10" y="10" width="18" height="22">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
   <object id="3" x="28" y="10" width="4" height="22"/>
  </objectgroup>
 </tile>
 <tile id="2">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="30" height="22"/>
   <object id="2" x="30" y="10" width="2" height="22">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
  </objectgroup>
 </tile>
 <tile id="3">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="10" height="22">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
   <object id="2" x="10" y="10" width="16" height="22"/>
  </objectgroup>
 </tile>
 <tile id="4">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="engine_block"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="6" y="10" width="26" height="22"/>
  </objectgroup>
 </tile>
 <tile id="5">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="10" height="22"/>
   <object id="2" x="10" y="10" width="18" height="22">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
   <object id="3" x="28" y="10" width="4" height="22"/>
  </objectgroup>
 </tile>
 <tile id="6">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="30" height="22"/>
   <object id="2" x="30" y="10" width="2" height="22">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
  </objectgroup>
 </tile>
 <tile id="7">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="10" width="10" height="22">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
   <object id="2" x="10" y="10" width="16" height="22"/>
  </objectgroup>
 </tile>
 <tile id="8">
  <properties>
   <property name="material" propertytype="Material" value="metal"/>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="5" width="32" height="22"/>
  </objectgroup>
 </tile>
 <tile id="9">
  <properties>
   <property name="material" propertytype="Material" value="metal"/>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="5" width="32" height="22"/>
  </objectgroup>
 </tile>
 <tile id="10">
  <properties>
   <property name="material" propertytype="Material" value="concrete"/>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="3" y="3" width="25" height="25"/>
  </objectgroup>
 </tile>
 <tile id="11">
  <properties>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="12">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="engine_block"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="6" y="0" width="26" height="22"/>
  </objectgroup>
 </tile>
 <tile id="13">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="10" height="22"/>
   <object id="2" x="10" y="0" width="18" height="22">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
   <object id="3" x="28" y="0" width="4" height="22"/>
  </objectgroup>
 </tile>
 <tile id="14">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="30" height="22"/>
   <object id="2" x="30" y="0" width="2" height="22">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
  </objectgroup>
 </tile>
 <tile id="15">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="10" height="22">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
   <object id="2" x="10" y="0" width="16" height="22"/>
  </objectgroup>
 </tile>
 <tile id="16">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="engine_block"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="6" y="0" width="26" height="22"/>
  </objectgroup>
 </tile>
 <tile id="17">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="10" height="22"/>
   <object id="2" x="10" y="0" width="18" height="22">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
   <object id="3" x="28" y="0" width="4" height="22"/>
  </objectgroup>
 </tile>
 <tile id="18">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="30" height="22"/>
   <object id="2" x="30" y="0" width="2" height="22">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
  </objectgroup>
 </tile>
 <tile id="19">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="10" height="22">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
   <object id="2" x="10" y="0" width="16" height="22"/>
  </objectgroup>
 </tile>
 <tile id="20">
  <properties>
   <property name="material" propertytype="Material" value="concrete"/>
   <property name="surface" propertytype="Surface" value="tile"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="21">
  <properties>
   <property name="surface" propertytype="Surface" value="tile"/>
  </properties>
 </tile>
 <tile id="22">
  <properties>
   <property name="material" propertytype="Material" value="concrete"/>
   <property name="surface" propertytype="Surface" value="tile"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="23">
  <properties>
   <property name="material" propertytype="Material" value="wood"/>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="10" width="28" height="10"/>
  </objectgroup>
 </tile>
 <tile id="24">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="engine_block"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="25">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="engine_block"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="26">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="27">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="28">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="29">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="30">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="31">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="32">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="33">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="34">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="35">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="36">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="engine_block"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="37">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="engine_block"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="38">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="39">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="40">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="41">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="42">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="43">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="44">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="45">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="46">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="30" height="32"/>
   <object id="2" x="30" y="0" width="2" height="32">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
  </objectgroup>
 </tile>
 <tile id="47">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="car_body"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="24" height="32">
    <properties>
     <property name="material" propertytype="Material" value="glass"/>
    </properties>
   </object>
   <object id="2" x="24" y="0" width="8" height="32"/>
  </objectgroup>
 </tile>
 <tile id="48">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="engine_block"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="49">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="engine_block"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="50">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="51">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="52">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="53">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="54">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="55">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="56">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="57">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="58">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="24"/>
  </objectgroup>
 </tile>
 <tile id="59">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="24"/>
  </objectgroup>
 </tile>
</tileset>
