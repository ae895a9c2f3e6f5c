#include "graph/html_writer.h"

#include <string_view>
#include <unordered_map>

#include "graph/atomic_file.h"
#include "graph/display_label.h"
#include "graph/value_json.h"

namespace newsgraph::graph {

namespace {

// JSON text placed inside <script>: "</" and "<!--" could end or confuse the block, so
// every '<' is written as the JSON escape \u003c (and U+2028/9, which old scripts read as
// line ends, as escapes too).
std::string scriptSafe(const std::string& json) {
    std::string out;
    out.reserve(json.size());
    for (std::size_t i = 0; i < json.size(); ++i) {
        if (json[i] == '<') {
            out += "\\u003c";
        } else if (json.compare(i, 3, "\xE2\x80\xA8") == 0) {
            out += "\\u2028";
            i += 2;
        } else if (json.compare(i, 3, "\xE2\x80\xA9") == 0) {
            out += "\\u2029";
            i += 2;
        } else {
            out += json[i];
        }
    }
    return out;
}

std::string kindOf(const NodeRecord& node) {
    for (const char* kind : {"Figure", "Actor", "Agency", "Place", "Article"}) {
        if (node.hasLabel(kind)) return kind;
    }
    return node.labels.empty() ? "Node" : node.labels.front();
}

// The page around the data; the script draws and answers clicks.
constexpr std::string_view kHead = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph</title>
<style>
body{margin:0;font:14px/1.4 Helvetica,Arial,sans-serif;color:#222;display:flex;height:100vh}
#graph{flex:1;min-width:0;background:#fafafa}
#side{width:380px;border-left:1px solid #ddd;padding:12px 16px;overflow:auto;background:#fff}
#side h2{font-size:16px;margin:8px 0}#side .kind{color:#777;font-size:12px;text-transform:uppercase}
#side blockquote{margin:8px 0;padding:6px 10px;border-left:3px solid #0072B2;background:#f4f8fb}
#side table{border-collapse:collapse;font-size:13px}#side td{padding:2px 6px;vertical-align:top}
#side td:first-child{color:#777}#search{width:100%;box-sizing:border-box;padding:6px;margin-bottom:8px}
.node{cursor:pointer}.node text{font-size:11px;fill:#333;pointer-events:none}
.edge{stroke:#bbb;stroke-width:1}.selected circle{stroke:#000;stroke-width:3}.faded{opacity:.12}.near .edge,.edge.near{stroke:#555}
#graph{cursor:grab}#graph.dragging{cursor:grabbing}#hint{position:absolute;left:8px;bottom:6px;font-size:12px;color:#888}
.legend{font-size:12px;color:#555}.legend span{display:inline-block;width:10px;height:10px;border-radius:5px;margin:0 4px 0 10px}
a.rel{color:#0072B2;cursor:pointer;text-decoration:underline}
</style></head><body>
<svg id="graph" xmlns="http://www.w3.org/2000/svg"><defs><marker id="arr" viewBox="0 0 10 10" refX="18" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0L10 5L0 10z" fill="#bbb"/></marker></defs><g id="view"></g></svg>
<div id="hint">Scroll to zoom, drag to move, click a node for its sentences.</div>
<div id="side"><input id="search" placeholder="Find a node by name" aria-label="Find a node">
<div class="legend" id="legend"></div><div id="panel"><p>Click a node to see its sentences and relationships.</p></div></div>
<script type="application/json" id="data">)";

constexpr std::string_view kTail = R"(</script>
<script>
(function(){
var data=JSON.parse(document.getElementById('data').textContent);
var colours={Figure:'#D55E00',Actor:'#0072B2',Agency:'#009E73',Place:'#CC79A7',Article:'#999999'};
var nodes=data.nodes,edges=data.edges,byId={};
nodes.forEach(function(n,i){byId[n.id]=n;n.index=i;});
var legend=document.getElementById('legend');
Object.keys(colours).forEach(function(k){var s=document.createElement('span');s.style.background=colours[k];legend.appendChild(s);legend.appendChild(document.createTextNode(k));});
// A force layout from a fixed seed: the same graph is drawn the same way each time.
var seed=7;function rnd(){seed=(seed*1103515245+12345)%2147483648;return seed/2147483648;}
var W=900,H=700;nodes.forEach(function(n){n.x=W/2+(rnd()-0.5)*W*0.8;n.y=H/2+(rnd()-0.5)*H*0.8;});
var steps=nodes.length>2000?30:200;
for(var s=0;s<steps;s++){
  var t=1-s/steps;
  if(nodes.length<=1500){for(var i=0;i<nodes.length;i++)for(var j=i+1;j<nodes.length;j++){
    var a=nodes[i],b=nodes[j],dx=a.x-b.x,dy=a.y-b.y,d2=dx*dx+dy*dy+0.01,f=900/d2;
    a.x+=dx*f*t;a.y+=dy*f*t;b.x-=dx*f*t;b.y-=dy*f*t;}}
  edges.forEach(function(e){var a=byId[e.from],b=byId[e.to];if(!a||!b)return;
    var dx=b.x-a.x,dy=b.y-a.y,d=Math.sqrt(dx*dx+dy*dy)+0.01,f=(d-70)/d*0.05*t;
    a.x+=dx*f;a.y+=dy*f;b.x-=dx*f;b.y-=dy*f;});
  nodes.forEach(function(n){n.x+=(W/2-n.x)*0.01*t;n.y+=(H/2-n.y)*0.01*t;});
}
var minX=Infinity,minY=Infinity,maxX=-Infinity,maxY=-Infinity;
nodes.forEach(function(n){minX=Math.min(minX,n.x);minY=Math.min(minY,n.y);maxX=Math.max(maxX,n.x);maxY=Math.max(maxY,n.y);});
var svg=document.getElementById('graph'),view=document.getElementById('view'),NS='http://www.w3.org/2000/svg';
var box={x:minX-60,y:minY-40,w:maxX-minX+160,h:maxY-minY+80};
function frame(){svg.setAttribute('viewBox',box.x+' '+box.y+' '+box.w+' '+box.h);}frame();
// Zoom about the pointer with the wheel; drag the background to move.
function toGraph(ev){var r=svg.getBoundingClientRect(),k=Math.max(box.w/r.width,box.h/r.height);
  return {x:box.x+(ev.clientX-r.left-(r.width-box.w/k)/2)*k,y:box.y+(ev.clientY-r.top-(r.height-box.h/k)/2)*k,k:k};}
svg.addEventListener('wheel',function(ev){ev.preventDefault();var p=toGraph(ev),z=ev.deltaY>0?1.2:1/1.2;
  box.x=p.x-(p.x-box.x)*z;box.y=p.y-(p.y-box.y)*z;box.w*=z;box.h*=z;frame();},{passive:false});
var drag=null;
svg.addEventListener('mousedown',function(ev){drag={x:ev.clientX,y:ev.clientY,k:toGraph(ev).k};svg.classList.add('dragging');});
window.addEventListener('mousemove',function(ev){if(!drag)return;box.x-=(ev.clientX-drag.x)*drag.k;box.y-=(ev.clientY-drag.y)*drag.k;
  drag.x=ev.clientX;drag.y=ev.clientY;frame();});
window.addEventListener('mouseup',function(){drag=null;svg.classList.remove('dragging');});
function el(name,attrs){var e=document.createElementNS(NS,name);for(var k in attrs)e.setAttribute(k,attrs[k]);return e;}
var lines=[];
edges.forEach(function(e){var a=byId[e.from],b=byId[e.to];if(!a||!b)return;
  var line=el('line',{x1:a.x,y1:a.y,x2:b.x,y2:b.y,'class':'edge','marker-end':'url(#arr)'});
  var tip=el('title',{});tip.textContent=e.type;line.appendChild(tip);view.appendChild(line);lines.push({edge:e,line:line});});
var shapes={};
nodes.forEach(function(n){var g=el('g',{'class':'node',id:'node-'+n.id,transform:'translate('+n.x+','+n.y+')'});
  g.appendChild(el('circle',{r:n.kind==='Figure'?7:9,fill:colours[n.kind]||'#555'}));
  var label=el('text',{x:11,y:4});label.textContent=n.label.split('\n')[0];g.appendChild(label);
  g.addEventListener('click',function(){show(n);});view.appendChild(g);shapes[n.id]=g;});
function text(tag,content){var e=document.createElement(tag);e.textContent=content;return e;}
var selected=null;
function show(n){
  if(selected)selected.classList.remove('selected');selected=shapes[n.id];if(selected)selected.classList.add('selected');
  // The node and its neighbours stand out; the rest fades.
  var near={};near[n.id]=true;
  lines.forEach(function(l){var on=l.edge.from===n.id||l.edge.to===n.id;if(on){near[l.edge.from]=near[l.edge.to]=true;}
    l.line.classList.toggle('faded',!on);l.line.classList.toggle('near',on);});
  nodes.forEach(function(m){shapes[m.id].classList.toggle('faded',!near[m.id]);});
  // Centre the view on it, closer in if the whole graph is shown.
  var w=Math.min(box.w,700),h=box.h*w/box.w;box={x:n.x-w/2,y:n.y-h/2,w:w,h:h};frame();
  var panel=document.getElementById('panel');panel.innerHTML='';
  panel.appendChild(text('div',n.kind)).className='kind';
  panel.appendChild(text('h2',n.label.replace(/\n/g,' \u00b7 ')));
  (n.sentences||[]).forEach(function(s){var q=text('blockquote',s.sentence);q.className='sentence';
    if(s.article){q.appendChild(document.createElement('br'));var src=text('small','\u2014 '+s.article);q.appendChild(src);}
    panel.appendChild(q);});
  var table=document.createElement('table');
  Object.keys(n.properties).forEach(function(k){var tr=document.createElement('tr');
    tr.appendChild(text('td',k));tr.appendChild(text('td',n.properties[k]));table.appendChild(tr);});
  panel.appendChild(table);
  var rels=edges.filter(function(e){return e.from===n.id||e.to===n.id;});
  if(rels.length){panel.appendChild(text('h2','Relationships'));var ul=document.createElement('ul');
    rels.forEach(function(e){var other=byId[e.from===n.id?e.to:e.from];if(!other)return;var li=document.createElement('li');
      li.appendChild(document.createTextNode((e.from===n.id?e.type+' \u2192 ':'\u2190 '+e.type+' ')));
      var a=text('a',other.label.split('\n')[0]);a.className='rel';a.addEventListener('click',function(){show(other);});
      li.appendChild(a);ul.appendChild(li);});panel.appendChild(ul);}
}
document.getElementById('search').addEventListener('input',function(){var q=this.value.toLowerCase();
  nodes.forEach(function(n){shapes[n.id].style.opacity=!q||n.label.toLowerCase().indexOf(q)>=0?1:0.15;});});
var m=/select=(\d+)/.exec(location.hash);
if(m&&shapes[m[1]])shapes[m[1]].dispatchEvent(new MouseEvent('click',{bubbles:true}));
})();
</script></body></html>
)";

}  // namespace

std::string renderHtml(const PropertyGraph& graph, const GraphSelection& selection) {
    const Subgraph chosen = resolveSelection(graph, selection);
    const DisplayLabeler label(graph);
    std::unordered_map<std::string, std::string> articleTitles;
    for (auto v : graph.nodesWithLabel("Article")) {
        const NodeRecord& node = graph.node(v);
        const Value& key = node.property("key");
        if (!key.isString()) continue;
        // The title if the article had one, else its file; with its date.
        const Value& title = node.property("title");
        const Value& file = node.property("file");
        const Value& date = node.property("date");
        std::string name = title.isString() ? title.asString() : file.isString() ? file.asString() : key.asString();
        if (date.isString() && !date.asString().empty()) name += ", " + date.asString();
        articleTitles[key.asString()] = name;
    }
    std::string json = "{\"nodes\":[";
    bool first = true;
    for (auto v : chosen.nodes) {
        const NodeRecord& node = graph.node(v);
        json += first ? "" : ",";
        first = false;
        json += "{\"id\":" + std::to_string(node.id) + ",\"kind\":" + valueToJson(Value(kindOf(node))) +
                ",\"label\":" + valueToJson(Value(label(v))) + ",\"properties\":{";
        bool firstProperty = true;
        for (const auto& [key, value] : node.properties) {
            // Sentences are shown as quotations, nulls are no news, and an article's text
            // would make the page as big as the archive.
            if (key == "sentences" || key == "sentence" || key == "text" || value.isNull()) continue;
            json += firstProperty ? "" : ",";
            firstProperty = false;
            json += valueToJson(Value(key)) + ":" + valueToJson(Value(value.isString() ? value.asString() : valueToJson(value)));
        }
        json += "},\"sentences\":[";
        // A figure's statements, each with its article's title.
        const Value& sentences = node.property("sentences");
        bool firstSentence = true;
        if (sentences.isList()) {
            for (const auto& s : sentences.asList()) {
                if (!s.isMap()) continue;
                const auto& m = s.asMap();
                auto text = m.find("sentence");
                if (text == m.end() || !text->second.isString()) continue;
                std::string article;
                if (auto a = m.find("article"); a != m.end() && a->second.isString()) {
                    auto t = articleTitles.find(a->second.asString());
                    article = t == articleTitles.end() ? a->second.asString() : t->second;
                }
                json += firstSentence ? "" : ",";
                firstSentence = false;
                json += "{\"sentence\":" + valueToJson(text->second) + ",\"article\":" + valueToJson(Value(article)) + "}";
            }
        } else if (const Value& one = node.property("sentence"); one.isString()) {
            json += "{\"sentence\":" + valueToJson(one) + ",\"article\":\"\"}";
        }
        json += "]}";
    }
    json += "],\"edges\":[";
    first = true;
    for (auto e : chosen.edges) {
        const EdgeRecord& edge = graph.edge(e);
        json += first ? "" : ",";
        first = false;
        json += "{\"from\":" + std::to_string(graph.node(graph.source(e)).id) +
                ",\"to\":" + std::to_string(graph.node(graph.target(e)).id) + ",\"type\":" + valueToJson(Value(edge.type)) + "}";
    }
    json += "]}";
    return std::string(kHead) + scriptSafe(json) + std::string(kTail);
}

Status saveHtml(const PropertyGraph& graph, const GraphSelection& selection, const std::string& path) {
    return writeFileAtomically(path, renderHtml(graph, selection));
}

}  // namespace newsgraph::graph
