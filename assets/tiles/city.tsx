<?xml version="1.0" encoding="UTF-8"?>
<tileset version="1.8" tiledversion="1.8.2" name="city" tilewidth="32" tileheight="32" tilecount="32" columns="8">
 <image source="city.png" width="256" height="128"/>
 <tile id="0">
  <properties>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
 </tile>
 <tile id="1">
  <properties>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
 </tile>
 <tile id="2">
  <properties>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
 </tile>
 <tile id="3">
  <properties>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="4">
  <properties>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
 </tile>
 <tile id="5">
  <properties>
   <property name="surface" propertytype="Surface" value="grass"/>
  </properties>
 </tile>
 <tile id="6">
  <properties>
   <property name="surface" propertytype="Surface" value="tile"/>
  </properties>
 </tile>
 <tile id="7">
  <properties>
   <property name="surface" propertytype="Surface" value="tile"/>
  </properties>
 </tile>
 <tile id="8">
  <properties>
   <property name="material" propertytype="Material" value="concrete"/>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="9">
  <properties>
   <property name="material" propertytype="Material" value="brick"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="10">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="glass"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="11">
  <properties>
   <property name="material" propertytype="Material" value="concrete"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="6" y="6" width="20" height="20"/>
  </objectgroup>
 </tile>
 <tile id="12">
  <properties>
   <property name="material" propertytype="Material" value="wood"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="13">
  <properties>
   <property name="material" propertytype="Material" value="metal"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="2" y="6" width="28" height="20"/>
  </objectgroup>
 </tile>
 <tile id="14">
  <properties>
   <property name="material" propertytype="Material" value="concrete"/>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="8" width="32" height="16"/>
  </objectgroup>
 </tile>
 <tile id="16">
  <properties>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="17">
  <properties>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="18">
  <properties>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
  <animation>
   <frame tileid="18" duration="600"/>
   <frame tileid="19" duration="600"/>
  </animation>
 </tile>
 <tile id="19">
  <properties>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="20">
  <properties>
   <property name="material" propertytype="Material" value="metal"/>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="12" y="12" width="8" height="8"/>
  </objectgroup>
  <animation>
   <frame tileid="20" duration="4000"/>
   <frame tileid="21" duration="1200"/>
   <frame tileid="22" duration="4000"/>
  </animation>
 </tile>
 <tile id="21">
  <properties>
   <property name="material" propertytype="Material" value="metal"/>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="12" y="12" width="8" height="8"/>
  </objectgroup>
 </tile>
 <tile id="22">
  <properties>
   <property name="material" propertytype="Material" value="metal"/>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="12" y="12" width="8" height="8"/>
  </objectgroup>
 </tile>
 <tile id="23">
  <properties>
   <property name="blocks_sight" type="bool" value="false"/>
   <property name="material" propertytype="Material" value="metal"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="14" width="32" height="4"/>
  </objectgroup>
 </tile>
 <tile id="24">
  <properties>
   <property name="material" propertytype="Material" value="concrete"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="25">
  <properties>
   <property name="material" propertytype="Material" value="concrete"/>
  </properties>
  <objectgroup draworder="index" id="2">
   <object id="1" x="0" y="0" width="32" height="32"/>
  </objectgroup>
 </tile>
 <tile id="26">
  <properties>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
 </tile>
 <tile id="27">
  <properties>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
 </tile>
 <tile id="28">
  <properties>
   <property name="surface" propertytype="Surface" value="asphalt"/>
  </properties>
 </tile>
 <tile id="29">
  <properties>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
 </tile>
 <tile id="30">
  <properties>
   <property name="surface" propertytype="Surface" value="concrete"/>
  </properties>
 </tile>
</tileset>
