/**
 * An ECharts chart. Only the parts the app draws are registered (line, bar, tree, funnel and heat-map charts, grid,
 * tooltip, visual map, SVG renderer) from `echarts/core`, which keeps the bundle small. The chart follows its box's width and is described to screen
 * readers by `label`; it can be drawn into a PDF (lib/pdf/chartImages.ts).
 *
 * @example
 *   <Chart option={{ xAxis: {...}, yAxis: {...}, series: [{ type: 'line', data }] }} height={260} label="Clicks per day" />
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import {
  BarChart,
  FunnelChart,
  HeatmapChart,
  LineChart,
  TreeChart,
  type BarSeriesOption,
  type FunnelSeriesOption,
  type HeatmapSeriesOption,
  type LineSeriesOption,
  type TreeSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  VisualMapComponent,
  type GridComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { registerChart } from '../lib/pdf/chartImages';

echarts.use([LineChart, BarChart, TreeChart, FunnelChart, HeatmapChart, GridComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);

export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | TreeSeriesOption
  | FunnelSeriesOption
  | HeatmapSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

interface ChartProps {
  option: ChartOption;
  height: number;
  label: string;
  testId?: string;
}

export function Chart({ option, height, label, testId }: ChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    // A PDF export of the section around it draws the chart as it is on screen, white behind it.
    const forget = registerChart(element, () => instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }));
    return () => {
      forget();
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option }, true);
  }, [option]);

  return <div ref={box} className="chart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
